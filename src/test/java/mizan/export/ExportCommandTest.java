package mizan.export;

import mizan.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result mizan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    Result export(String... more) {
        String[] head = {"export", "--db", dir.resolve("mizan.db").toString(), "--out", dir.resolve("exports").toString()};
        String[] args = new String[head.length + more.length];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(more, 0, args, head.length, more.length);
        return mizan(args);
    }

    @Test
    void everyFormatIsWrittenIntoATimestampedFolderThatLatestPointsAt() throws Exception {
        ExportFixture.labeled(dir).close();
        Result r = export();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("exported 12 paragraphs of 6 documents");
        Path latest = dir.resolve("exports/latest");
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        assertThat(Files.readSymbolicLink(latest).toString()).matches("\\d{8}T\\d{6}Z");
        for (String f : new String[] {"master.jsonl", "export.json", "hf/README.md", "hf/stance/train.jsonl",
                "hf/claims/validation.jsonl", "hf/ner/test.jsonl", "conll/train.conll", "brat/annotation.conf",
                "csv/train.csv"}) {
            assertThat(latest.resolve(f)).exists();
        }
        try (var files = Files.list(dir.resolve("exports"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }
}
