package mizan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Offsets in every format are code points: they slice correctly around an emoji and harakat. */
class OffsetsExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void masterJsonlOffsetsSliceInCodePointsPastAnEmojiAndHarakat() throws Exception {
        Cli cli = new Cli(dir);
        ExportFixture.labeled(dir).close();
        Path out = cli.export("--format", "jsonl");
        String text = ExportFixture.EMOJI_PARAGRAPH;
        assertThat(text.length()).isGreaterThan(text.codePointCount(0, text.length()));
        int checked = 0;
        for (String line : Files.readAllLines(out.resolve("master.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            for (String kind : List.of("entities", "claims")) {
                for (JsonNode s : n.get(kind)) {
                    assertThat(Cli.slice(n.get("text").asText(), s.get("start").asInt(), s.get("end").asInt()))
                            .isEqualTo(s.get("text").asText());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 5);
        JsonNode first = JSON.readTree(Files.readAllLines(out.resolve("master.jsonl")).get(0));
        // after the emoji a UTF-16 index would be one more than the code-point offset
        assertThat(first.get("entities").get(1).get("start").asInt()).isEqualTo(19);
        assertThat(first.get("entities").get(1).get("text").asText()).isEqualTo("روسيا");
        assertThat(first.get("claims").get(0).get("text").asText()).startsWith("إنَّ").contains("\u064E\u0651");
        assertThat(first.get("claims").get(0).get("claimer").asText()).isEqualTo("e1");
    }

    @Test
    void bratAnnotationsParseBackToTheirTextInTheTxtFile() throws Exception {
        Cli cli = new Cli(dir);
        ExportFixture.labeled(dir).close();
        Path brat = cli.export("--format", "brat").resolve("brat");
        int spans = 0;
        int relations = 0;
        for (Map.Entry<String, String> f : Cli.files(brat).entrySet()) {
            if (!f.getKey().endsWith(".ann")) {
                continue;
            }
            String txt = Files.readString(brat.resolve(f.getKey().replace(".ann", ".txt")));
            List<String> ids = new ArrayList<>();
            for (String line : f.getValue().split("\n")) {
                String[] cols = line.split("\t");
                if (cols[0].startsWith("T")) {
                    String[] typeAndOffsets = cols[1].split(" ");
                    int start = Integer.parseInt(typeAndOffsets[1]);
                    int end = Integer.parseInt(typeAndOffsets[2]);
                    assertThat(Cli.slice(txt, start, end)).as(line).isEqualTo(cols[2]);
                    ids.add(cols[0]);
                    spans++;
                } else if (cols[0].startsWith("R")) {
                    assertThat(cols[1]).matches("Claimer Arg1:T\\d+ Arg2:T\\d+");
                    for (String arg : cols[1].split(" ")) {
                        if (arg.contains(":")) {
                            assertThat(ids).contains(arg.substring(arg.indexOf(':') + 1));
                        }
                    }
                    relations++;
                } else {
                    assertThat(cols[0]).startsWith("A");
                    assertThat(cols[1]).matches("(CheckWorthy T\\d+|ClaimerStance T\\d+ (AFFIRM|REFUTE)|ClaimerKind T\\d+ (AUTHOR|ANONYMOUS))");
                }
            }
        }
        assertThat(spans).isEqualTo(6 * 5);
        assertThat(relations).isEqualTo(6);
        assertThat(Files.readString(brat.resolve("annotation.conf"))).contains("[relations]\nClaimer\tArg1:Claim");
    }

    @Test
    void huggingFaceNerTokensAndClaimOffsetsAgreeWithTheText() throws Exception {
        Cli cli = new Cli(dir);
        ExportFixture.labeled(dir).close();
        Path hf = cli.export("--format", "hf").resolve("hf");
        JsonNode ner = JSON.readTree(Files.readAllLines(hf.resolve("ner/train.jsonl")).get(0));
        List<String> tokens = new ArrayList<>();
        ner.get("tokens").forEach(t -> tokens.add(t.asText()));
        int russia = tokens.indexOf("روسيا");
        assertThat(tokens.get(russia - 1)).isEqualTo("و");
        List<String> names = ClassLabels.of(mizan.model.LabelScheme.defaults()).ner();
        assertThat(names.get(ner.get("ner_tags").get(russia).asInt())).isEqualTo("B-GPE");
        assertThat(names.get(ner.get("ner_tags").get(russia - 1).asInt())).isEqualTo("O");
        JsonNode claims = JSON.readTree(Files.readAllLines(hf.resolve("claims/train.jsonl")).get(0));
        JsonNode c = claims.get("claims").get(0);
        assertThat(Cli.slice(claims.get("text").asText(), c.get("claimer_start").asInt(), c.get("claimer_end").asInt()))
                .isEqualTo(ExportFixture.BLINKEN).isEqualTo(c.get("claimer_text").asText());
    }
}
