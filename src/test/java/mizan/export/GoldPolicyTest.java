package mizan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.corpus.DocumentText;
import mizan.model.Annotator;
import mizan.model.Claimer;
import mizan.model.Span;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "قال بوتين إن روسيا مستعدة.";

    @TempDir
    Path dir;

    private String pid;

    /** Three annotators: two say FAVOR and one AGAINST; all mark روسيا, only alice marks بوتين and a claim. */
    private void project() {
        try (Store s = Store.open(dir.resolve("mizan.db"))) {
            DocumentText.Parsed doc = DocumentText.parse("عنوان\n" + TEXT, "d", "UTF-8", null);
            s.documents().add(doc.document(), doc.paragraphs());
            pid = doc.paragraphs().get(1).id();
            String[] stance = {"FAVOR", "AGAINST", "FAVOR"};
            String[] who = {"alice", "bob", "carol"};
            for (int i = 0; i < 3; i++) {
                s.labels().setStance(who[i], who[i], pid, "MILCOOP", stance[i]);
                Span russia = s.labels().addSpan(who[i], Span.entity(0, pid, who[i], 13, 18, "GPE"));
                s.labels().addSpan(who[i], Span.claim(0, pid, who[i], 10, 26, true, Claimer.span(russia.id()), "AFFIRM"));
            }
            s.labels().addSpan("alice", Span.entity(0, pid, "alice", 4, 9, "PERS"));
        }
    }

    private JsonNode line(String... options) throws Exception {
        Path out = new Cli(dir).export(options);
        List<String> lines = Files.readAllLines(out.resolve("master.jsonl"));
        assertThat(lines).hasSize(1);
        return JSON.readTree(lines.get(0));
    }

    private static List<String> entities(JsonNode line) {
        List<String> out = new ArrayList<>();
        line.get("entities").forEach(e -> out.add(e.get("label").asText() + ":" + e.get("text").asText()));
        return out;
    }

    @Test
    void unanimousKeepsOnlyWhatEveryoneGave() throws Exception {
        project();
        JsonNode l = line("--format", "jsonl");
        assertThat(l.get("stance")).isEmpty();
        assertThat(entities(l)).containsExactly("GPE:روسيا");
        assertThat(l.get("claims").get(0).get("claimer").asText()).isEqualTo("e1");
        assertThat(l.get("annotators").toString()).isEqualTo("[\"alice\",\"bob\",\"carol\"]");
        assertThat(l.get("adjudicated").asBoolean()).isFalse();
        assertThat(Files.readString(new Cli(dir).exports().resolve("latest/export.json"))).contains("elsewhere unanimous");
    }

    @Test
    void anAdjudicatedClaimBringsItsClaimerEntityAlongWhenEntitiesWereNotAdjudicated() throws Exception {
        project();
        try (Store s = Store.open(dir.resolve("mizan.db"))) {
            Span putin = s.labels().addSpan("rita", Span.entity(0, pid, Annotator.GOLD, 4, 9, "PERS"));
            s.labels().addSpan("rita", Span.claim(0, pid, Annotator.GOLD, 10, 26, false, Claimer.span(putin.id()),
                    "REFUTE"));
        }
        // The store recorded both tasks as decided; keep only the claim's decision, as a gold set made
        // elsewhere (imported) may have it: entities then come from the policy, plus the claimer.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mizan.db"))) {
            assertThat(c.createStatement().executeUpdate("DELETE FROM gold WHERE task = 'entities'")).isEqualTo(1);
        }
        JsonNode l = line("--format", "jsonl");
        assertThat(entities(l)).containsExactly("PERS:بوتين", "GPE:روسيا");
        JsonNode claim = l.get("claims").get(0);
        assertThat(l.get("claims")).hasSize(1);
        assertThat(claim.get("claimer").asText()).isEqualTo("e1");
        assertThat(claim.get("claimer_stance").asText()).isEqualTo("REFUTE");
        assertThat(l.get("adjudicated").asBoolean()).isTrue();
    }

    @Test
    void theCardCarriesAgreementFiguresAndTheAnnotatorCount() throws Exception {
        project();
        Path card = new Cli(dir).export("--format", "hf").resolve("hf/README.md");
        String text = Files.readString(card);
        // stance: of three pairs only alice and carol agree; entities: 3 of 4 pairwise matches
        assertThat(text).contains("| stance | percent agreement | 0.333 | 3 annotator pairs")
                .contains("| entities | exact-match F1 | 0.750 |").contains("| claims | exact-match F1 | 1.000 |")
                .contains("- **Annotators:** 3").contains("elsewhere unanimous");
    }

    @Test
    void majorityKeepsWhatMoreThanHalfGave() throws Exception {
        project();
        JsonNode l = line("--format", "jsonl", "--gold", "--policy", "majority");
        assertThat(l.get("stance").toString()).isEqualTo("[{\"target\":\"MILCOOP\",\"label\":\"FAVOR\"}]");
        assertThat(entities(l)).containsExactly("GPE:روسيا");
    }

    @Test
    void anAdjudicatedTaskWinsOverThePolicyAndTheLineSaysSo() throws Exception {
        project();
        try (Store s = Store.open(dir.resolve("mizan.db"))) {
            s.labels().setStance("rita", Annotator.GOLD, pid, "MILCOOP", "NEUTRAL");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mizan.db"));
             var rs = c.createStatement().executeQuery("SELECT adjudicator, method FROM gold WHERE task = 'stance'")) {
            // the store records the decision with the gold label, in the same transaction
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + "|" + rs.getString(2)).isEqualTo("rita|edited");
        }
        JsonNode majority = line("--format", "jsonl", "--policy", "majority");
        assertThat(majority.get("stance").get(0).get("label").asText()).isEqualTo("NEUTRAL");
        assertThat(majority.get("adjudicated").asBoolean()).isTrue();
        assertThat(entities(majority)).containsExactly("GPE:روسيا");
        JsonNode adjudicatedOnly = line("--format", "jsonl", "--policy", "adjudicated");
        assertThat(adjudicatedOnly.get("stance").get(0).get("label").asText()).isEqualTo("NEUTRAL");
        assertThat(adjudicatedOnly.get("entities")).isEmpty();
        assertThat(adjudicatedOnly.get("claims")).isEmpty();
    }
}
