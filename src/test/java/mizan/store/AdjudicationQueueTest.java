package mizan.store;

import mizan.model.Annotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdjudicationQueueTest {

    private static final Set<String> ALL_TASKS = Set.copyOf(Gold.TASKS);

    @TempDir
    Path dir;

    @Test
    void unanimousParagraphsAcceptedByOneBuildAreOneUndoStep() {
        try (Store s = StoreFixture.open(dir)) {
            String first = StoreFixture.oneDocument(s, "عنوان", "فقرة أولى.", "فقرة ثانية.", "فقرة ثالثة.", "فقرة رابعة.");
            List<String> ids = List.of(first, first.replaceAll("-1$", "-2"), first.replaceAll("-1$", "-3"));
            String disputed = first.replaceAll("-1$", "-4");
            for (String who : new String[] {"alice", "bob"}) {
                for (String pid : ids) {
                    s.labels().setStance(who, who, pid, "MILCOOP", "FAVOR");
                    s.labels().tagEntity(who, who, pid, 0, 4, "EVENT");
                }
                s.labels().setStance(who, who, disputed, "MILCOOP", who.equals("alice") ? "FAVOR" : "AGAINST");
            }
            s.labels().setStance("rita", "rita", disputed, "SANCTIONS", "NEUTRAL");

            AdjudicationQueue.Result queue = AdjudicationQueue.build(s, "rita", ALL_TASKS, true);
            assertThat(queue.ids()).containsExactly(disputed);
            assertThat(queue.acceptedUnanimous()).isEqualTo(3);
            assertThat(s.gold().decidedParagraphs()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(s.gold().decided(ids.get(2)).get("stance")).containsEntry("method", "unanimous")
                    .containsEntry("sources", "[\"alice\",\"bob\"]");
            assertThat(s.labels().spans(ids.get(0), Annotator.GOLD)).hasSize(1);
            // a second build finds nothing left to accept
            assertThat(AdjudicationQueue.build(s, "rita", ALL_TASKS, true).acceptedUnanimous()).isZero();

            assertThat(s.labels().undo("rita", Annotator.GOLD)).isPresent();
            assertThat(s.gold().decidedParagraphs()).isEmpty();
            for (String pid : ids) {
                assertThat(s.labels().ownerLabels(pid, Annotator.GOLD).stance()).isEmpty();
                assertThat(s.labels().spans(pid, Annotator.GOLD)).isEmpty();
            }
            assertThat(s.labels().undo("rita", Annotator.GOLD)).isEmpty();
            // her own label is a stack of its own
            assertThat(s.labels().stance(disputed, "rita")).isEqualTo(Map.of("SANCTIONS", "NEUTRAL"));

            assertThat(s.labels().redo("rita", Annotator.GOLD)).isPresent();
            assertThat(s.gold().decidedParagraphs()).containsExactlyInAnyOrderElementsOf(ids);
            for (String pid : ids) {
                assertThat(s.labels().stance(pid, Annotator.GOLD)).isEqualTo(Map.of("MILCOOP", "FAVOR"));
            }
        }
    }

    @Test
    void nothingUnanimousWritesNothing() {
        try (Store s = StoreFixture.open(dir)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", "فقرة أولى.");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
            s.labels().setStance("bob", "bob", pid, "MILCOOP", "AGAINST");
            long events = Sql.longValue(s, "SELECT count(*) FROM events");
            assertThat(AdjudicationQueue.build(s, "rita", ALL_TASKS, true).ids()).containsExactly(pid);
            assertThat(Sql.longValue(s, "SELECT count(*) FROM events")).isEqualTo(events);
        }
    }
}
