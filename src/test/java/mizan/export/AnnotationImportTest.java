package mizan.export;

import mizan.model.Span;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationImportTest {

    @TempDir
    Path dir;

    private String pid() {
        try (Store s = Store.open(new Cli(dir).db())) {
            return s.documents().paragraphs(s.documents().list().get(0).id()).get(1).id();
        }
    }

    @Test
    void doccanoUtf16OffsetsPastAnEmojiBecomeCodePoints() throws Exception {
        ExportFixture.labeled(dir).close();
        String text = ExportFixture.EMOJI_PARAGRAPH;
        int russia = text.indexOf("روسيا");
        int putin = text.indexOf(ExportFixture.BLINKEN);
        Path file = dir.resolve("doccano.jsonl");
        String escaped = text.replace("\"", "\\\"");
        Files.writeString(file,
                "{\"text\": \"" + escaped + "\", \"label\": [[" + russia + ", " + (russia + 5) + ", \"GPE\"]]}\n"
                + "{\"id\": 7, \"text\": \"" + escaped + "\", \"entities\": [{\"id\": 1, \"start_offset\": " + putin
                + ", \"end_offset\": " + (putin + 6) + ", \"label\": \"PERS\"}], \"relations\": []}\n");
        Cli.Result r = new Cli(dir).run("import-annotations", file.toString(), "--as", "model-v1");
        // the fixture's documents share this paragraph's text, so matching by text alone is ambiguous
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains(file + ":1: the text is that of several paragraphs");

        String unique = "خبر رقم 0";
        Files.writeString(file, "{\"text\": \"" + unique + "\", \"label\": [[4, 7, \"CARDINAL\"]]}\n");
        try (Store s = Store.open(new Cli(dir).db())) {
            // the title line "خبر رقم 0" exists once; its tag spans the word رقم
            assertThat(new Cli(dir).run("import-annotations", file.toString(), "--as", "model-v1").exit()).isZero();
            String title = s.documents().list().stream().filter(d -> d.title().equals(unique)).findFirst().orElseThrow().id();
            List<Span> spans = s.labels().spans(title + "-0", "model-v1");
            assertThat(spans).extracting(Span::start, Span::end, Span::label).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(4, 7, "CARDINAL"));
        }
        // doccano's newer layout: "entities" objects with start_offset and end_offset
        Files.writeString(file, "{\"id\": 3, \"text\": \"خبر رقم 1\", \"entities\": [{\"id\": 9, \"label\": \"CARDINAL\","
                + " \"start_offset\": 8, \"end_offset\": 9}], \"relations\": []}\n");
        assertThat(new Cli(dir).run("import-annotations", file.toString(), "--as", "model-v1").exit()).isZero();
        try (Store s = Store.open(new Cli(dir).db())) {
            String doc = s.documents().list().stream().filter(d -> d.title().equals("خبر رقم 1")).findFirst()
                    .orElseThrow().id();
            assertThat(s.labels().spans(doc + "-0", "model-v1")).extracting(Span::start, Span::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(8, 9));
        }
    }

    @Test
    void doccanoOffsetsAfterAnEmojiAreShiftedByOne() throws Exception {
        ExportFixture.labeled(dir).close();
        String pid = pid();
        String text = ExportFixture.EMOJI_PARAGRAPH;
        int russiaUtf16 = text.indexOf("روسيا");
        Path file = dir.resolve("doccano.jsonl");
        Files.writeString(file, "{\"id\": \"" + pid + "\", \"text\": \"" + text + "\", \"label\": [[" + russiaUtf16
                + ", " + (russiaUtf16 + 5) + ", \"GPE\"]]}\n");
        Cli.Result r = new Cli(dir).run("import-annotations", file.toString(), "--as", "model-v1");
        assertThat(r.exit()).as(r.toString()).isZero();
        try (Store s = Store.open(new Cli(dir).db())) {
            Span russia = s.labels().spans(pid, "model-v1").get(0);
            assertThat(russia.start()).isEqualTo(russiaUtf16 - 1).isEqualTo(ExportFixture.cp("روسيا"));
            assertThat(Cli.slice(text, russia.start(), russia.end())).isEqualTo("روسيا");
        }
    }

    @Test
    void unmatchedLinesAndMismatchedSpansAreReportedByFileAndLineAndTheRestImports() throws Exception {
        ExportFixture.labeled(dir).close();
        Path export = new Cli(dir).export("--annotator", "alice", "--format", "jsonl");
        List<String> lines = Files.readAllLines(export.resolve("master.jsonl"));
        String pid = lines.get(0).substring(7, lines.get(0).indexOf('"', 7));
        Path file = dir.resolve("edited.jsonl");
        String shifted = lines.get(0).replace("\"start\":19,\"end\":24", "\"start\":18,\"end\":23");
        Files.write(file, List.of(shifted, "{\"id\": \"nope-1\", \"text\": \"نص لا يوجد\"}", "not json", lines.get(2),
                lines.get(1).replace("\"label\":\"NEUTRAL\"", "\"label\":\"MAYBE\"")));
        Cli.Result r = new Cli(dir).run("import-annotations", file.toString(), "--as", "erin");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(file + ":1: entity GPE [18, 23): the line says its text is 'روسيا' but paragraph "
                + pid + " has 'وروسي' there")
                .contains(file + ":2: no paragraph matches the line")
                .contains(file + ":3: malformed JSON")
                .contains(file + ":5: stance toward SANCTIONS: 'MAYBE' is not one of")
                .contains("1 paragraphs imported under erin (1 changed, 0 already so), 4 lines refused");
    }

    @Test
    void goldIsNotANameToImportUnder() throws Exception {
        ExportFixture.labeled(dir).close();
        Path file = Files.writeString(dir.resolve("a.jsonl"), "");
        Cli.Result r = new Cli(dir).run("import-annotations", file.toString(), "--as", "@gold");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--as @gold");
        assertThat(new Cli(dir).run("import-annotations", dir.resolve("missing.jsonl").toString()).err())
                .contains("missing.jsonl: no such file");
    }
}
