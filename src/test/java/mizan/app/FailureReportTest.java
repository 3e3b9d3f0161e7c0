package mizan.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a command that stopped on an exception prints: words, and for a bug a file with the details instead of a stack trace. */
class FailureReportTest {

    @Test
    void aFileSystemFailureIsPutInWordsWithTheFile() {
        assertThat(FailureReport.message(new UncheckedIOException(new NoSuchFileException("notes.txt")), List.of()))
                .isEqualTo("notes.txt: no such file or folder");
        assertThat(FailureReport.message(new AccessDeniedException("/srv/project/exports"), List.of()))
                .isEqualTo("/srv/project/exports: permission denied (mizan may not read or write it)");
        assertThat(FailureReport.message(new IOException("No space left on device"), List.of()))
                .isEqualTo("the disk is full");
    }

    @Test
    void aBugIsCalledOneAndItsStackTraceGoesToAFileTheUserCanSend() throws Exception {
        IllegalStateException bug = new IllegalStateException("queue position -1 for paragraph d-3");
        String message = FailureReport.message(bug, List.of("export", "--db", "m.db"));

        assertThat(message).startsWith("stopped on an unexpected failure, a fault in mizan rather than in what you asked")
                .doesNotContain("Exception").doesNotContain("queue position");
        Matcher file = Pattern.compile("The details are in (\\S+); please report it with that file\\.").matcher(message);
        assertThat(file.find()).as(message).isTrue();
        Path report = Path.of(file.group(1));
        try {
            assertThat(Files.readString(report)).startsWith("mizan export --db m.db\n")
                    .contains("java.lang.IllegalStateException: queue position -1 for paragraph d-3")
                    .contains("at mizan.app.FailureReportTest");
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
