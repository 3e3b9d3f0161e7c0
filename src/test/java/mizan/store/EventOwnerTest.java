package mizan.store;

import mizan.TestDb;
import mizan.model.AnnotationSet;
import mizan.model.Annotator;
import mizan.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event says who acted, whose labels changed, and where the change came from. */
class EventOwnerTest {

    private static final String ROWS = "SELECT annotator, owner, source, action, kind FROM events WHERE id > ? ORDER BY id";

    @TempDir
    Path dir;

    @Test
    void aWorkbenchChangeIsTheAnnotatorsOwnWithNoSource() throws Exception {
        Path db = dir.resolve("mizan.db");
        try (Store s = Store.open(db)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
            s.labels().addSpan("alice", Span.entity(0, pid, "alice", 4, 9, "PERS"));
            s.labels().undo("alice", "alice");
        }
        assertThat(TestDb.rows(db, ROWS.replace("?", "0"))).containsExactly(
                "alice|alice|null|stance|do", "alice|alice|null|span.add|do", "alice|alice|null|span.add|undo");
    }

    @Test
    void aGoldEditIsTheReviewersActOnGoldAndSoAreItsUndoAndTheDecisionRecord() throws Exception {
        Path db = dir.resolve("mizan.db");
        try (Store s = Store.open(db)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.labels().setStance("rita", Annotator.GOLD, pid, "MILCOOP", "NEUTRAL");
            s.labels().undo("rita", Annotator.GOLD);
        }
        assertThat(TestDb.rows(db, ROWS.replace("?", "0"))).containsExactly(
                "rita|@gold|null|stance|do", "rita|@gold|null|gold|do",
                "rita|@gold|null|gold|undo", "rita|@gold|null|stance|undo");
    }

    @Test
    void anImportIsTheImportersActOnTheOwnersLabelsFromTheFileAndTheOwnersUndoLeavesIt() throws Exception {
        Path db = dir.resolve("mizan.db");
        try (Store s = Store.open(db)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.", "وقال أيضا.");
            String other = pid.replaceAll("-1$", "-2");
            s.labels().setStance("alice", "alice", other, "SANCTIONS", "UNRELATED");
            long last = Sql.longValue(s, "SELECT max(id) FROM events");
            AnnotationSet labels = new AnnotationSet(Map.of("MILCOOP", "FAVOR"),
                    List.of(Span.entity(-1, null, null, 4, 9, "PERS")), false);
            new LabelImport(s, "lena", "import-annotations alice.jsonl")
                    .replace(List.of(new LabelImport.Entry(pid, "alice", labels)));
            assertThat(TestDb.rows(db, ROWS.replace("?", Long.toString(last)))).containsExactly(
                    "lena|alice|import-annotations alice.jsonl|stance|do",
                    "lena|alice|import-annotations alice.jsonl|span.add|do");

            // alice's undo takes back what she did, not what was imported for her
            assertThat(s.labels().undo("alice", "alice")).isPresent();
            assertThat(s.labels().stance(other, "alice")).isEmpty();
            assertThat(s.labels().stance(pid, "alice")).isEqualTo(Map.of("MILCOOP", "FAVOR"));
            assertThat(s.labels().spans(pid, "alice")).hasSize(1);
        }
    }
}
