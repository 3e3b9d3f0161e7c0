package mizan.app;

import mizan.export.ExportException;
import mizan.model.FileProblem;
import mizan.model.LabelScheme;
import mizan.store.StoreException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a command that stopped on an exception tells its user. mizan's own refusals already say
 * what happened and what to do; a file-system failure is put in words; anything else is a bug in
 * mizan, and its stack trace goes to a file the user can send instead of onto their terminal.
 */
final class FailureReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private FailureReport() {
    }

    /** The message for {@code e} (without the leading "mizan: "), after writing a report file if it is a bug. */
    static String message(Exception e, List<String> args) {
        if (e instanceof UserException || e instanceof StoreException || e instanceof LabelScheme.SchemeException
                || e instanceof ExportException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return FileProblem.describe(u.getCause());
        }
        if (e instanceof IOException io) {
            return FileProblem.describe(io);
        }
        return "stopped on an unexpected failure, a fault in mizan rather than in what you asked; "
                + "what the command reported as done is done. " + written(e, args);
    }

    private static String written(Exception e, List<String> args) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println("mizan " + String.join(" ", args));
            w.println(new Main.Version().getVersion()[0] + ", Java " + System.getProperty("java.version"));
            e.printStackTrace(w);
        }
        String name = "mizan-failure-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + "-"
                + ProcessHandle.current().pid() + ".txt";
        try {
            Path file = Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), name), trace.toString());
            return "The details are in " + file + "; please report it with that file.";
        } catch (IOException notWritten) {
            return "The details could not be saved (" + FileProblem.describe(notWritten)
                    + "); please report it with the command you ran.";
        }
    }
}
