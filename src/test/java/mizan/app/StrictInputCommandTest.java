package mizan.app;

import mizan.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees when an input file is refused: the file, the line, what is wrong, and how much was imported. */
class StrictInputCommandTest {

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

    @Test
    void importOfAJsonlFileWithOneUndecodableLineImportsTheRestNamesTheLineAndExitsNonZero() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= 200; i++) {
            byte[] line = ("{\"id\": \"n" + i + "\", \"text\": \"خبر رقم " + i + "\\nنص الخبر " + i + ".\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            if (i == 100) {
                line[line.length - 4] = (byte) 0xFF;
            }
            bytes.writeBytes(line);
        }
        Path file = Files.write(dir.resolve("news.jsonl"), bytes.toByteArray());
        Path db = dir.resolve("m.db");

        Result r = mizan("import", "--db", db.toString(), file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("imported 199 document(s)")
                .contains(file + ":100: not valid UTF-8: byte 0xFF").doesNotContain("Exception");
        assertThat(TestDb.rows(db, "SELECT count(*) FROM documents")).containsExactly("199");
    }

    @Test
    void aKeyFileGivingAnActionTwiceIsRefusedNamingTheFileTheLineAndTheAction() throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.json"), "{\"UNDO\": \"z\",\n \"UNDO\": \"y\"}\n");
        Result r = mizan("annotate", "--db", dir.resolve("m.db").toString(), "--print-keys",
                "--keys", keys.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains(keys.toString()).contains("'UNDO' is given twice (line 2)")
                .doesNotContain("Exception");
    }

    @Test
    void aLabelsFileGivingAMemberTwiceIsRefusedNamingTheFileTheLineAndTheMember() throws Exception {
        Path labels = Files.writeString(dir.resolve("labels.json"), String.join("\n",
                "{\"stance\": {\"labels\": [{\"id\": \"FAVOR\", \"key\": \"1\"}],",
                "            \"targets\": [{\"id\": \"T1\"}]},",
                " \"entities\": [{\"id\": \"PERS\",",
                "               \"key\": \"p\",",
                "               \"key\": \"q\"}]}"));
        Result r = mizan("init", "--db", dir.resolve("m.db").toString(), "--labels", labels.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.out() + r.err()).contains(labels + ":5: 'key' is given twice (entities[0].key)")
                .doesNotContain("Exception");
    }
}
