package mizan.store;

import mizan.model.Annotator;
import mizan.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reviewer who labels as herself and adjudicates has two undo stacks: her labels and gold. */
class UndoByOwnerTest {

    @TempDir
    Path dir;

    @Test
    void aReviewersOwnLabelsAndHerGoldEditsAreUndoneSeparatelyEvenAfterARestart() {
        String pid;
        try (Store s = StoreFixture.open(dir)) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
            s.labels().setStance("rita", "rita", pid, "MILCOOP", "AGAINST");
            s.labels().setStance("rita", Annotator.GOLD, pid, "MILCOOP", "NEUTRAL");
            s.labels().setStance("rita", "rita", pid, "SANCTIONS", "UNRELATED");

            // the gold edit is undone though her own stance came after it
            assertThat(s.labels().undo("rita", Annotator.GOLD)).get()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo("undo"));
            assertThat(s.labels().stance(pid, Annotator.GOLD)).isEmpty();
            assertThat(s.gold().decided(pid)).isEmpty();
            assertThat(s.labels().stance(pid, "rita")).isEqualTo(Map.of("MILCOOP", "AGAINST", "SANCTIONS", "UNRELATED"));
            assertThat(s.labels().undo("rita", Annotator.GOLD)).isEmpty();
        }
        try (Store s = StoreFixture.open(dir)) {
            assertThat(s.labels().undo("rita", "rita")).isPresent();
            assertThat(s.labels().stance(pid, "rita")).isEqualTo(Map.of("MILCOOP", "AGAINST"));
            assertThat(s.labels().undo("rita", "rita")).isPresent();
            assertThat(s.labels().undo("rita", "rita")).isEmpty();
            assertThat(s.labels().stance(pid, "rita")).isEmpty();
            assertThat(s.labels().stance(pid, "alice")).isEqualTo(Map.of("MILCOOP", "FAVOR"));
        }
        try (Store s = StoreFixture.open(dir)) {
            assertThat(s.labels().redo("rita", Annotator.GOLD)).isPresent();
            assertThat(s.labels().stance(pid, Annotator.GOLD)).isEqualTo(Map.of("MILCOOP", "NEUTRAL"));
            assertThat(s.gold().decided(pid).get("stance")).containsEntry("method", "edited");
            assertThat(s.labels().stance(pid, "rita")).isEmpty();
            assertThat(s.labels().redo("rita", Annotator.GOLD)).isEmpty();

            assertThat(s.labels().redo("rita", "rita")).isPresent();
            assertThat(s.labels().stance(pid, "rita")).isEqualTo(Map.of("MILCOOP", "AGAINST"));
            // a new label of her own clears her own redo stack, not gold's undo stack
            s.labels().setStance("rita", "rita", pid, "WAR_SUPPORT", "FAVOR");
            assertThat(s.labels().redo("rita", "rita")).isEmpty();
            assertThat(s.labels().undo("rita", Annotator.GOLD)).isPresent();
            assertThat(s.labels().stance(pid, Annotator.GOLD)).isEmpty();
        }
    }

    @Test
    void oneAnnotatorsUndoNeverTouchesAnothersLabelsOfTheSameOwner() {
        try (Store s = StoreFixture.open(dir)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.labels().setStance("rita", Annotator.GOLD, pid, "MILCOOP", "FAVOR");
            s.labels().setStance("sam", Annotator.GOLD, pid, "SANCTIONS", "AGAINST");
            assertThat(s.labels().undo("rita", Annotator.GOLD)).isPresent();
            assertThat(s.labels().stance(pid, Annotator.GOLD)).isEqualTo(Map.of("SANCTIONS", "AGAINST"));
            assertThat(s.labels().undo("rita", Annotator.GOLD)).isEmpty();
            assertThat(s.labels().undo("rita", "rita")).isEmpty();
        }
    }

    @Test
    void anUndoThatWouldNowCrossAnotherReviewersEntityIsRefusedAndChangesNothing() {
        try (Store s = StoreFixture.open(dir)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "قال وزير خارجية روسيا إن التعاون مستمر.");
            Span ministry = s.labels().addSpan("rita", Span.entity(0, pid, Annotator.GOLD, 9, 21, "ORG"));
            s.labels().deleteSpan("rita", ministry.id());
            Span minister = s.labels().addSpan("sam", Span.entity(0, pid, Annotator.GOLD, 4, 15, "OCC"));

            assertThatThrownBy(() -> s.labels().undo("rita", Annotator.GOLD))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("cannot undo: it would cross the OCC span at 4–15");
            assertThat(s.labels().spans(pid, Annotator.GOLD)).containsExactly(minister);
            assertThat(Sql.longValue(s, "SELECT count(*) FROM events WHERE kind = 'undo'")).isZero();
        }
    }
}
