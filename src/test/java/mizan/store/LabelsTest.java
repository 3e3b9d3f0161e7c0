package mizan.store;

import mizan.model.Claimer;
import mizan.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelsTest {

    @TempDir
    Path dir;

    @Test
    void aStanceIsSavedWithItsEventAndSurvivesReopening() {
        String pid;
        try (Store s = StoreFixture.open(dir)) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "AGAINST");
        }
        try (Store s = StoreFixture.open(dir)) {
            assertThat(s.labels().stance(pid, "alice")).isEqualTo(Map.of("MILCOOP", "AGAINST"));
            assertThat(s.labels().stance(pid, "bob")).isEmpty();
            assertThat(Sql.longValue(s, "SELECT count(*) FROM events WHERE annotator = 'alice'")).isEqualTo(2);
            assertThat(Sql.stringValue(s, "SELECT before FROM events ORDER BY id DESC LIMIT 1")).contains("FAVOR");
        }
    }

    @Test
    void undoAndRedoWorkAcrossRestartsAndOnlyOnTheActorsOwnChanges() {
        String pid;
        try (Store s = StoreFixture.open(dir)) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
            s.labels().setStance("bob", "bob", pid, "MILCOOP", "NEUTRAL");
            s.labels().setStance("alice", "alice", pid, "SANCTIONS", "UNRELATED");
        }
        try (Store s = StoreFixture.open(dir)) {
            assertThat(s.labels().undo("alice", "alice")).isPresent();
            assertThat(s.labels().stance(pid, "alice")).isEqualTo(Map.of("MILCOOP", "FAVOR"));
            assertThat(s.labels().undo("alice", "alice")).isPresent();
            assertThat(s.labels().stance(pid, "alice")).isEmpty();
            assertThat(s.labels().undo("alice", "alice")).isEmpty();
            assertThat(s.labels().stance(pid, "bob")).isEqualTo(Map.of("MILCOOP", "NEUTRAL"));
        }
        try (Store s = StoreFixture.open(dir)) {
            assertThat(s.labels().redo("alice", "alice")).isPresent();
            assertThat(s.labels().stance(pid, "alice")).isEqualTo(Map.of("MILCOOP", "FAVOR"));
            // a new change clears what could still be redone
            s.labels().setStance("alice", "alice", pid, "WAR_SUPPORT", "AGAINST");
            assertThat(s.labels().redo("alice", "alice")).isEmpty();
            assertThat(Sql.longValue(s, "SELECT count(*) FROM events WHERE kind = 'undo'")).isEqualTo(2);
        }
    }

    @Test
    void spansKeepCodePointOffsetsAndTheirIdsThroughUndoAndRedo() {
        try (Store s = StoreFixture.open(dir)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "قال بلينكن 😀 إن روسيا تتعاون.");
            Span e = s.labels().addSpan("alice", Span.entity(0, pid, "alice", 4, 10, "PERS"));
            Span c = s.labels().addSpan("alice", Span.claim(0, pid, "alice", 13, 29, true, Claimer.span(e.id()), "AFFIRM"));
            assertThat(s.labels().spans(pid, "alice")).containsExactly(e, c);
            assertThatThrownBy(() -> s.labels().deleteSpan("alice", e.id())).hasMessageContaining("claimer of 1 claim");
            s.labels().deleteSpan("alice", c.id());
            s.labels().undo("alice", "alice");
            assertThat(s.labels().spans(pid, "alice")).containsExactly(e, c);
            s.labels().undo("alice", "alice");
            s.labels().undo("alice", "alice");
            assertThat(s.labels().spans(pid, "alice")).isEmpty();
            s.labels().redo("alice", "alice");
            assertThat(s.labels().spans(pid, "alice")).containsExactly(e);
        }
    }

    @Test
    void flagsAndCommentsAreOneChangeAndFinishedParagraphsCountThem() {
        try (Store s = StoreFixture.open(dir)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "فقرة أولى.", "فقرة ثانية.");
            String other = pid.replaceAll("-1$", "-2");
            s.labels().setFlags("alice", "alice", pid, true, "تكرار");
            assertThat(s.labels().flags(pid, "alice")).isEqualTo(new Labels.Flags(true, "تكرار"));
            for (String t : new String[] {"MILCOOP", "WAR_SUPPORT", "SANCTIONS"}) {
                s.labels().setStance("alice", "alice", other, t, "UNRELATED");
            }
            assertThat(s.labels().finishedParagraphs("alice", 3)).containsExactlyInAnyOrder(pid, other);
            s.labels().undo("alice", "alice");
            s.labels().undo("alice", "alice");
            s.labels().undo("alice", "alice");
            s.labels().undo("alice", "alice");
            assertThat(s.labels().flags(pid, "alice")).isEqualTo(Labels.Flags.NONE);
            assertThat(s.labels().finishedParagraphs("alice", 3)).isEmpty();
        }
    }
}
