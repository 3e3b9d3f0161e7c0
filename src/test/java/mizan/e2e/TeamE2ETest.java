package mizan.e2e;

import mizan.TestDb;
import mizan.TestFiles;
import mizan.corpus.Importer;
import mizan.model.Annotator;
import mizan.model.Paragraph;
import mizan.model.Role;
import mizan.model.Span;
import mizan.store.Assignments;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Several people on one project database, in real terminals. */
class TeamE2ETest {

    @TempDir
    Path dir;

    private static final String DOC = "c99316f7a11949ab";

    private Path project() {
        Path db = dir.resolve("mizan.db");
        try (Store s = Store.open(db)) {
            new Importer(s.documents(), Importer.Progress.NONE).importPaths(List.of(TestFiles.seeds()));
            s.team().add("rita", Role.REVIEWER, null);
            s.team().add("lea", Role.LEAD, null);
            for (String a : List.of("alice", "bob", "carol")) {
                s.team().add(a, Role.ANNOTATOR, null);
            }
        }
        return db;
    }


    @Test
    void threeAnnotatorsLabelTheSameDocumentAtOnceAndEachSeesOnlyTheirOwnLabels() throws Exception {
        Path db = project();
        try (Store s = Store.open(db)) {
            Assignments.replace(s, Map.of("alice", List.of(DOC), "bob", List.of(DOC), "carol", List.of(DOC)), List.of());
        }
        String[] who = {"alice", "bob", "carol"};
        String[] key = {"1", "2", "3"};
        String[] label = {"FAVOR", "AGAINST", "NEUTRAL"};
        List<Tmux> terms = new ArrayList<>();
        try {
            for (String w : who) {
                terms.add(new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", w)));
            }
            for (Tmux t : terms) {
                t.waitFor("── stance");
            }
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 3; i++) { // interleaved: the three write within milliseconds of each other
                    terms.get(i).keys(key[i]);
                }
                for (int i = 0; i < 3; i++) {
                    terms.get(i).waitFor("saved ✓");
                }
                for (int i = 0; i < 3; i++) {
                    terms.get(i).keys("S-Left", "p");
                }
                for (int i = 0; i < 3; i++) {
                    terms.get(i).waitFor("saved ✓ PERS");
                }
                for (int i = 0; i < 3; i++) {
                    String screen = terms.get(i).capture();
                    assertThat(screen).as(who[i] + "'s screen").doesNotContain("✗").contains("[" + label[i]);
                    for (int j = 0; j < 3; j++) {
                        if (j != i) {
                            assertThat(screen).as(who[i] + " must not see " + who[j] + "'s labels").doesNotContain(label[j]);
                        }
                    }
                    terms.get(i).keys("PgDn");
                }
                for (Tmux t : terms) {
                    t.waitFor("│ " + (round + 2) + "/");
                }
            }
            for (Tmux t : terms) {
                t.keys("q");
                t.waitForExit(Duration.ofSeconds(20));
            }
        } finally {
            for (Tmux t : terms) {
                t.close();
            }
        }
        for (int i = 0; i < 3; i++) {
            assertThat(TestDb.rows(db, "SELECT label FROM stance_labels WHERE annotator = '" + who[i] + "'"))
                    .containsExactly(label[i], label[i], label[i]);
            assertThat(TestDb.rows(db, "SELECT count(*) FROM spans WHERE annotator = '" + who[i] + "' AND label = 'PERS'"))
                    .containsExactly("3");
        }
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events")).containsExactly("18");
    }

    @Test
    void aReviewerAdjudicatesTwoDisagreementsIntoGoldWithProvenance() throws Exception {
        Path db = project();
        String p1;
        String p2;
        String p3;
        try (Store s = Store.open(db)) {
            List<Paragraph> ps = s.documents().paragraphs(DOC);
            p1 = ps.get(2).id();
            p2 = ps.get(3).id();
            p3 = ps.get(4).id();
            // p1: stance disagreement on MILCOOP
            s.labels().setStance("alice", "alice", p1, "MILCOOP", "FAVOR");
            s.labels().setStance("bob", "bob", p1, "MILCOOP", "AGAINST");
            s.labels().setStance("alice", "alice", p1, "WAR_SUPPORT", "NEUTRAL");
            s.labels().setStance("bob", "bob", p1, "WAR_SUPPORT", "NEUTRAL");
            // p2: the same word typed differently (a larger disagreement: it comes first)
            s.labels().setStance("alice", "alice", p2, "MILCOOP", "FAVOR");
            s.labels().setStance("bob", "bob", p2, "MILCOOP", "FAVOR");
            s.labels().addSpan("alice", Span.entity(0, p2, "alice", 0, 6, "PERS"));
            s.labels().addSpan("bob", Span.entity(0, p2, "bob", 0, 6, "GPE"));
            // p3: both agree entirely
            s.labels().setStance("alice", "alice", p3, "SANCTIONS", "UNRELATED");
            s.labels().setStance("bob", "bob", p3, "SANCTIONS", "UNRELATED");
        }
        try (Tmux t = new Tmux(dir, 110, 34, Mizan.command(db, "adjudicate", "--annotator", "rita"))) {
            String screen = t.waitFor("── versions");
            assertThat(screen).contains("adjudicating: rita → gold").contains("1   alice").contains("2   bob");
            assertThat(screen).contains("PERS").contains("GPE");
            t.keys("=", "2");
            t.waitFor("saved ✓ gold = bob's version");
            t.keys("PgDn");
            t.waitFor("│ 2/2");
            t.keys("=", "1");
            t.waitFor("saved ✓ gold = alice's version");
            t.keys("q");
            t.waitForExit(Duration.ofSeconds(20));
        }
        assertThat(TestDb.rows(db, "SELECT label FROM spans WHERE annotator = '" + Annotator.GOLD + "'")).containsExactly("GPE");
        assertThat(TestDb.rows(db, "SELECT paragraph_id, target, label FROM stance_labels WHERE annotator = '@gold' ORDER BY 1, 2"))
                .containsExactly(p1 + "|MILCOOP|FAVOR", p1 + "|WAR_SUPPORT|NEUTRAL", p2 + "|MILCOOP|FAVOR",
                        p3 + "|SANCTIONS|UNRELATED");
        assertThat(TestDb.rows(db, "SELECT paragraph_id, adjudicator, method, sources FROM gold WHERE task = 'stance' ORDER BY 1"))
                .containsExactly(p1 + "|rita|picked|[\"alice\"]", p2 + "|rita|picked|[\"bob\"]",
                        p3 + "|rita|unanimous|[\"alice\",\"bob\"]");

        // the gold export carries exactly those decisions
        Path out = dir.resolve("exports");
        Process export = new ProcessBuilder("java", "-jar", Mizan.jar().toString(), "export", "--gold", "--format", "jsonl",
                "--out", out.toString(), "--db", db.toString(), "--user", "rita")
                .redirectErrorStream(true).start();
        String said = new String(export.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export.waitFor()).as(said).isZero();
        Map<String, com.fasterxml.jackson.databind.JsonNode> lines = new java.util.HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(out.resolve("latest/master.jsonl"))) {
            com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            lines.put(n.get("id").asText(), n);
        }
        assertThat(lines.get(p2).get("entities")).singleElement()
                .satisfies(e -> assertThat(e.get("label").asText()).isEqualTo("GPE"));
        assertThat(lines.get(p2).get("adjudicated").asBoolean()).isTrue();
        assertThat(lines.get(p1).get("stance").toString()).contains("{\"target\":\"MILCOOP\",\"label\":\"FAVOR\"}")
                .contains("{\"target\":\"WAR_SUPPORT\",\"label\":\"NEUTRAL\"}");
        assertThat(lines.get(p3).get("stance").toString()).contains("UNRELATED");
    }
}
