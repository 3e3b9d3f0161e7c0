package mizan.corpus;

import mizan.TestDb;
import mizan.TestFiles;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Import refuses bad input line by line: the rest of the file still imports, the bad line is named. */
class StrictInputTest {

    @TempDir
    Path dir;

    private ImportReport importAll(Path... paths) {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            return new Importer(store.documents(), Importer.Progress.NONE).importPaths(List.of(paths));
        }
    }

    private List<String> titles() throws Exception {
        return TestDb.rows(dir.resolve("m.db"), "SELECT title FROM documents ORDER BY title");
    }

    static String jsonlLine(int i) {
        return "{\"id\": \"n" + i + "\", \"text\": \"خبر رقم " + i + "\\nقال المتحدث إن المحادثات مستمرة " + i + ".\"}";
    }

    @Test
    void aJsonlLineThatIsNotUtf8IsNamedAndTheOther199DocumentsImport() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= 200; i++) {
            byte[] line = jsonlLine(i).getBytes(StandardCharsets.UTF_8);
            if (i == 117) {
                // a windows-1256 byte pasted into UTF-8: 0xC7 is ا there, and not UTF-8 before a space
                line = (jsonlLine(i).replace("خبر", "@")).getBytes(StandardCharsets.UTF_8);
                line[new String(line, StandardCharsets.UTF_8).indexOf('@')] = (byte) 0xC7;
            }
            bytes.writeBytes(line);
            bytes.write('\n');
        }
        Path file = dir.resolve("news.jsonl");
        Files.write(file, bytes.toByteArray());

        ImportReport r = importAll(file);

        assertThat(r.documentsAdded()).isEqualTo(199);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.where()).isEqualTo(file + ":117");
            assertThat(x.reason()).contains("not valid UTF-8").contains("0xC7");
        });
        List<String> titles = titles();
        assertThat(titles).hasSize(199).contains("خبر رقم 116", "خبر رقم 118", "خبر رقم 200")
                .doesNotContain("خبر رقم 117");
        assertThat(r.summary()).contains("imported 199 document(s)").contains(file + ":117: not valid UTF-8");
    }

    @Test
    void aCrlfJsonlFileWithABomImportsEveryLine() throws Exception {
        Path file = dir.resolve("crlf.jsonl");
        Files.writeString(file, "\uFEFF" + jsonlLine(1) + "\r\n" + jsonlLine(2) + "\r\n");
        ImportReport r = importAll(file);
        assertThat(r.rejected()).isEmpty();
        assertThat(titles()).containsExactly("خبر رقم 1", "خبر رقم 2");
    }

    @Test
    void aLineLongerThanTheReadBufferAndALastLineWithoutLineEndImportWhole() throws Exception {
        String long1 = "قال المتحدث إن المحادثات مستمرة. ".repeat(6_000);
        assertThat(long1.getBytes(StandardCharsets.UTF_8).length).as("several 64 KB reads").isGreaterThan(200_000);
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, "{\"text\": \"عنوان طويل\\n" + long1 + "\"}\n" + jsonlLine(2));
        ImportReport r = importAll(file);
        assertThat(r.rejected()).isEmpty();
        assertThat(titles()).containsExactly("خبر رقم 2", "عنوان طويل");
        assertThat(TestDb.rows(dir.resolve("m.db"), "SELECT length(text) FROM paragraphs WHERE para_index = 1"
                + " ORDER BY length(text) DESC LIMIT 1")).containsExactly(String.valueOf(long1.strip().length()));
    }

    @Test
    void aTextFileWithAStrayControlCharacterIsRefusedWholeNamingTheLine() throws Exception {
        Path seed = TestFiles.seeds().resolve("000_a85c5ca27367db1f.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(seed));
        int row = 5;
        String original = lines.get(row - 1);
        assertThat(original).as("the seed's fifth line has text to spoil").hasSizeGreaterThan(10);
        lines.set(row - 1, original.substring(0, 6) + "\u0001" + original.substring(6));
        Path file = dir.resolve("article.txt");
        Files.write(file, lines);

        ImportReport r = importAll(file, seed.resolveSibling("001_f3e03c6bfe47ebb1.txt"));

        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.where()).isEqualTo(file + ":" + row);
            assertThat(x.reason()).contains("U+0001").contains("column 7").doesNotContain("binary");
        });
        assertThat(r.documentsAdded()).as("only the clean seed").isEqualTo(1);
        assertThat(TestDb.rows(dir.resolve("m.db"), "SELECT count(*) FROM paragraphs WHERE instr(text, char(1)) > 0"))
                .containsExactly("0");
        assertThat(TestDb.rows(dir.resolve("m.db"), "SELECT count(*) FROM documents WHERE source LIKE '%article.txt'"))
                .containsExactly("0");
    }

    @Test
    void aJsonlTextWithAnEscapedNulIsRefusedAndTheOtherLinesImport() throws Exception {
        Path file = dir.resolve("nul.jsonl");
        Files.writeString(file, String.join("\n", jsonlLine(1),
                "{\"id\": \"bad\", \"text\": \"عنوان\\nقال\\u0000 المتحدث\"}",
                "{\"id\": \"esc\", \"text\": \"عنوان آخر\\nنص \\u001b[31m ملون\"}",
                "{\"id\": \"half\", \"text\": \"عنوان ثالث\\nوجه \\ud83d مبتسم\"}",
                jsonlLine(5)) + "\n");

        ImportReport r = importAll(file);

        assertThat(r.rejected()).extracting(ImportReport.Rejected::where)
                .containsExactly(file + ":2", file + ":3", file + ":4");
        assertThat(r.rejected().get(0).reason()).contains("U+0000").contains("line 2, column 4 of the text");
        assertThat(r.rejected().get(1).reason()).contains("U+001B");
        assertThat(r.rejected().get(2).reason()).contains("surrogate");
        assertThat(titles()).containsExactly("خبر رقم 1", "خبر رقم 5");
        assertThat(TestDb.rows(dir.resolve("m.db"), "SELECT count(*) FROM paragraphs WHERE instr(text, char(0)) > 0"
                + " OR text LIKE '%عنوان%'")).containsExactly("0");
    }

    @Test
    void aTabIsKeptInText() throws Exception {
        Path file = dir.resolve("tab.jsonl");
        Files.writeString(file, "{\"text\": \"عنوان\\nالعمود الأول\\tالعمود الثاني\"}\n");
        assertThat(importAll(file).rejected()).isEmpty();
        assertThat(TestDb.rows(dir.resolve("m.db"), "SELECT text FROM paragraphs WHERE para_index = 1"))
                .containsExactly("العمود الأول\tالعمود الثاني");
    }

    @Test
    void aJsonlLineGivingAMemberTwiceIsRefusedNamingTheMember() throws Exception {
        Path file = dir.resolve("twice.jsonl");
        Files.writeString(file, jsonlLine(1) + "\n{\"id\": \"x\", \"text\": \"عنوان\", \"text\": \"عنوان آخر\"}\n"
                + jsonlLine(3) + " {\"text\": \"trailing\"}\n");
        ImportReport r = importAll(file);
        assertThat(r.rejected()).extracting(ImportReport.Rejected::where).containsExactly(file + ":2", file + ":3");
        assertThat(r.rejected().get(0).reason()).isEqualTo("'text' is given twice; give each member once");
        assertThat(r.rejected().get(1).reason()).startsWith("malformed JSON");
        assertThat(titles()).containsExactly("خبر رقم 1");
    }
}
