package mizan.app;

import mizan.TestDb;
import mizan.model.Annotator;
import mizan.model.Role;
import mizan.model.Span;
import mizan.store.Store;
import mizan.store.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static mizan.app.ImportCommandTest.mizan;
import static org.assertj.core.api.Assertions.assertThat;

class LogCommandTest {

    private static final String FIRST = "قال بوتين إن التعاون مستمر.";
    private static final String SECOND = "وقال بوتين أيضا.";

    @Test
    void theLogSaysWhoChangedWhatFromWhatAndAnnotatorsSeeOnlyTheirOwn(@TempDir Path dir) {
        String db = dir.resolve("m.db").toString();
        String pid;
        try (Store s = Store.open(dir.resolve("m.db"))) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.team().add("rita", Role.REVIEWER, null);
            s.team().add("alice", Role.ANNOTATOR, null);
            s.team().add("bob", Role.ANNOTATOR, null);
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "AGAINST");
            s.labels().setStance("bob", "bob", pid, "MILCOOP", "NEUTRAL");
            s.labels().undo("alice", "alice");
        }
        ImportCommandTest.Result all = mizan("log", "--paragraph", pid, "--user", "rita", "--db", db);
        assertThat(all.exit()).isZero();
        assertThat(all.out()).contains("stance MILCOOP: — → FAVOR").contains("stance MILCOOP: FAVOR → AGAINST")
                .contains("bob").contains("undo").contains("stance MILCOOP: AGAINST → FAVOR");
        ImportCommandTest.Result mine = mizan("log", "--user", "alice", "--db", db);
        assertThat(mine.out()).contains("alice").doesNotContain("bob").doesNotContain("NEUTRAL");
        ImportCommandTest.Result peek = mizan("log", "--annotator", "bob", "--user", "alice", "--db", db);
        assertThat(peek.exit()).isEqualTo(3);
        assertThat(peek.err()).contains("labeling is blind");
    }

    @Test
    void anImportIsOneLinePerFileAndOwnerNamingTheLeadWhoRanIt(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("m.db");
        String first;
        try (Store s = Store.open(db)) {
            first = StoreFixture.oneDocument(s, "عنوان", FIRST, SECOND);
            s.team().add("lena", Role.LEAD, null);
            s.team().add("alice", Role.ANNOTATOR, null);
            s.team().add("bob", Role.ANNOTATOR, null);
        }
        String second = first.replaceAll("-1$", "-2");
        Path alices = dir.resolve("alice.jsonl");
        Files.write(alices, List.of(line(first, FIRST, 4, 9), line(second, SECOND, 5, 10)));
        Path bobs = dir.resolve("bob.jsonl");
        Files.write(bobs, List.of(line(first, FIRST, 4, 9), line(second, SECOND, 5, 10)));
        for (String[] run : List.of(new String[] {alices.toString(), "alice"}, new String[] {bobs.toString(), "bob"})) {
            ImportCommandTest.Result r = mizan("import-annotations", run[0], "--as", run[1], "--user", "lena", "--db",
                    db.toString());
            assertThat(r.exit()).as(r.toString()).isZero();
        }

        // the database: the lead acted, on alice's and bob's labels, from the file
        assertThat(TestDb.rows(db, "SELECT DISTINCT annotator, owner, source FROM events ORDER BY id")).containsExactly(
                "lena|alice|import-annotations " + alices, "lena|bob|import-annotations " + bobs);

        ImportCommandTest.Result log = mizan("log", "--user", "lena", "--db", db.toString());
        assertThat(log.exit()).isZero();
        assertThat(log.out().lines()).hasSize(2);
        assertThat(log.out()).contains("lena imported " + alices + " as alice (2 paragraphs)")
                .contains("lena imported " + bobs + " as bob (2 paragraphs)");
        // the last line is the last import whole, not its last event
        assertThat(mizan("log", "--limit", "1", "--user", "lena", "--db", db.toString()).out().lines())
                .containsExactly(log.out().lines().toList().get(1));

        ImportCommandTest.Result each = mizan("log", "--each", "--user", "lena", "--db", db.toString());
        assertThat(each.out().lines()).hasSize(8);
        assertThat(each.out()).contains("lena → alice").contains("span.add PERS «\u2068بوتين\u2069» [4, 9)")
                .contains("(import-annotations " + alices + ")");

        // alice sees what was imported for her, not what was imported for bob
        ImportCommandTest.Result hers = mizan("log", "--user", "alice", "--db", db.toString());
        assertThat(hers.out()).contains("as alice (2 paragraphs)").doesNotContain("bob");
    }

    @Test
    void aSpanShowsItsTextAndAGoldEditShowsTheReviewerActingOnGold(@TempDir Path dir) {
        String db = dir.resolve("m.db").toString();
        String pid;
        try (Store s = Store.open(dir.resolve("m.db"))) {
            // the emoji makes code points and UTF-16 units differ: بوتين is [6, 11) in code points
            pid = StoreFixture.oneDocument(s, "عنوان", "🙂 قال بوتين إن التعاون مستمر.");
            s.team().add("rita", Role.REVIEWER, null);
            s.team().add("alice", Role.ANNOTATOR, null);
            s.labels().addSpan("alice", Span.entity(0, pid, "alice", 6, 11, "PERS"));
            s.labels().setStance("rita", Annotator.GOLD, pid, "MILCOOP", "NEUTRAL");
        }
        ImportCommandTest.Result r = mizan("log", "--user", "rita", "--db", db);
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains(" alice ").doesNotContain("→ alice")
                .endsWith("span.add PERS «\u2068بوتين\u2069» [6, 11)");
        assertThat(lines.get(1)).contains("rita → @gold").endsWith("stance MILCOOP: — → NEUTRAL");
        assertThat(lines.get(2)).contains("rita → @gold").contains("decided stance: edited");
    }

    /** A master JSONL line giving a PERS entity at [start, end) and a stance. */
    private static String line(String pid, String text, int start, int end) {
        return "{\"id\": \"" + pid + "\", \"text\": \"" + text + "\", \"entities\": [{\"id\": \"e1\", \"start\": " + start + ", \"end\": " + end
                + ", \"label\": \"PERS\"}], \"claims\": [], \"stance\": [{\"target\": \"MILCOOP\", \"label\": \"FAVOR\"}],"
                + " \"boilerplate\": false, \"annotators\": [\"alice\"]}";
    }
}
