package mizan.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.corpus.DocumentText;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SplitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Sixty documents of three paragraphs; a third of them lean FAVOR, a third AGAINST, a third NEUTRAL. */
    private void project() {
        try (Store s = Store.open(dir.resolve("mizan.db"))) {
            String[] labels = {"FAVOR", "AGAINST", "NEUTRAL"};
            for (int d = 0; d < 60; d++) {
                DocumentText.Parsed doc = DocumentText.parse("عنوان " + d + "\nفقرة أولى " + d + "\nفقرة ثانية " + d,
                        "d" + d, "UTF-8", null);
                s.documents().add(doc.document(), doc.paragraphs());
                for (int p = 1; p < 3; p++) {
                    s.labels().setStance("alice", "alice", doc.paragraphs().get(p).id(), "MILCOOP", labels[d % 3]);
                }
            }
        }
    }

    /** Document id to split, read from the Hugging Face stance files; fails on a document in two splits. */
    static Map<String, String> splitOf(Path export) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (Split s : Split.values()) {
            for (String line : Files.readAllLines(export.resolve("hf/stance/" + s.id() + ".jsonl"))) {
                String doc = JSON.readTree(line).get("doc_id").asText();
                String before = out.put(doc, s.id());
                assertThat(before).as("document " + doc + " leaks between splits").isIn(null, s.id());
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() throws Exception {
        project();
        Cli cli = new Cli(dir);
        Map<String, String> a = splitOf(cli.export("--annotator", "alice", "--seed", "7", "--format", "hf"));
        Map<String, String> b = splitOf(cli.export("--annotator", "alice", "--seed", "7", "--format", "hf"));
        Map<String, String> c = splitOf(cli.export("--annotator", "alice", "--seed", "8", "--format", "hf"));
        assertThat(a).hasSize(60).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void eachStanceStratumIsSplitInTheRequestedProportions() throws Exception {
        project();
        Path export = new Cli(dir).export("--annotator", "alice", "--split", "70,20,10", "--format", "hf,csv");
        Map<String, String> split = splitOf(export);
        Map<String, int[]> byStratum = new HashMap<>();
        for (Split s : Split.values()) {
            for (String line : Files.readAllLines(export.resolve("csv/" + s.id() + ".csv"))) {
                if (!line.startsWith("ID")) {
                    String label = line.substring(line.lastIndexOf(',') + 2, line.length() - 1);
                    byStratum.computeIfAbsent(label, k -> new int[3])[s.ordinal()]++;
                }
            }
        }
        // 20 documents (40 paragraphs) per stratum: 14, 4 and 2 documents
        for (int[] n : byStratum.values()) {
            assertThat(n).containsExactly(28, 8, 4);
        }
        assertThat(new ArrayList<>(split.values()).stream().filter("train"::equals).count()).isEqualTo(42);
    }

    @Test
    void splitterAssignmentsDependOnlyOnSeedAndDocumentsInOrder() {
        List<ExportLine> favor = List.of(Iob2Test.line("نص"));
        Splitter one = new Splitter(List.of(80, 10, 10), 1);
        Splitter two = new Splitter(List.of(80, 10, 10), 1);
        for (int i = 0; i < 100; i++) {
            assertThat(one.assign("doc" + i, favor)).isEqualTo(two.assign("doc" + i, favor));
        }
        assertThat(Splitter.stratum(List.of())).isEqualTo("NONE");
    }
}
