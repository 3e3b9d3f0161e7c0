package mizan.tui.runtime;

import mizan.TestDb;
import mizan.TestFiles;
import mizan.corpus.Importer;
import mizan.model.Annotator;
import mizan.model.LabelScheme;
import mizan.model.Paragraph;
import mizan.model.Role;
import mizan.store.Store;
import mizan.text.BidiLayout;
import mizan.tui.Keymap;
import mizan.tui.Msg;
import mizan.tui.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The real runtime on a real database: undo by owner, quitting with a change on its way, undo in words. */
class RuntimeTest {

    @TempDir
    Path dir;

    private Path db;
    private String p1;

    @BeforeEach
    void project() {
        db = dir.resolve("mizan.db");
        try (Store s = Store.open(db)) {
            new Importer(s.documents(), Importer.Progress.NONE).importPaths(List.of(TestFiles.seeds()));
            s.team().add("rita", Role.REVIEWER, null);
            s.team().add("alice", Role.ANNOTATOR, null);
            s.team().add("bob", Role.ANNOTATOR, null);
            List<Paragraph> ps = s.documents().paragraphs(s.documents().list().get(0).id());
            p1 = ps.get(2).id();
            s.labels().setStance("alice", "alice", p1, "MILCOOP", "FAVOR");
            s.labels().setStance("bob", "bob", p1, "MILCOOP", "AGAINST");
        }
    }

    /** A running workbench: type into it, wait for what it shows, quit it. */
    private final class Session implements AutoCloseable {
        final ScriptedTerminal term = new ScriptedTerminal();
        final AtomicReference<State> state = new AtomicReference<>();
        final Thread loop;
        final Store store;

        Session(String who, String owner, List<String> queue, java.util.function.UnaryOperator<Consumer<Msg>> gate) {
            store = Store.open(db);
            LabelScheme scheme = store.settings().labelScheme();
            Runtime.Config config = owner.equals(who)
                    ? Runtime.Config.workbench(who, scheme, Keymap.defaults(scheme), BidiLayout.Mode.APP, db.toString())
                    : new Runtime.Config(who, owner, scheme, Keymap.defaults(scheme), BidiLayout.Mode.APP, "");
            Runtime rt = (queue == null ? new Runtime(term, store, config) : new Runtime(term, store, config, () -> queue))
                    .gateReplies(gate).observe(state::set);
            loop = new Thread(() -> {
                try {
                    rt.run();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            loop.start();
        }

        State await(String what, Predicate<State> ok) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (state.get() == null || !ok.test(state.get())) {
                assertThat(System.nanoTime()).as("waiting for " + what + "; last state " + state.get()).isLessThan(deadline);
                Thread.sleep(2);
            }
            return state.get();
        }

        State awaitMessage(String text) throws InterruptedException {
            return await("'" + text + "'", s -> s.message().contains(text));
        }

        void keys(String... k) {
            term.type(List.of(k));
        }

        @Override
        public void close() throws InterruptedException {
            if (loop.isAlive()) {
                keys("Esc", "q");
                loop.join(TimeUnit.SECONDS.toMillis(30));
            }
            store.close();
        }
    }

    @Test
    void undoInAdjudicationRevertsGoldNotTheReviewersOwnLabelsAndTheWorkbenchTheOtherWayRound() throws Exception {
        try (Session own = new Session("rita", "rita", List.of(p1), c -> c)) {
            own.await("the paragraph", s -> s.para() != null);
            own.keys("3");
            own.awaitMessage("saved ✓ MILCOOP = NEUTRAL");
        }
        try (Session gold = new Session("rita", Annotator.GOLD, List.of(p1), c -> c)) {
            gold.await("the paragraph", s -> s.para() != null);
            gold.keys("=", "2");
            gold.awaitMessage("saved ✓ gold = bob's version");
            gold.keys("u");
            State undone = gold.awaitMessage("undone:");
            assertThat(undone.message()).contains("gold decision");
        }
        assertThat(TestDb.rows(db, "SELECT annotator, label FROM stance_labels WHERE paragraph_id = '" + p1
                + "' ORDER BY 1")).containsExactly("alice|FAVOR", "bob|AGAINST", "rita|NEUTRAL");
        try (Session own = new Session("rita", "rita", List.of(p1), c -> c)) {
            own.await("the paragraph", s -> s.para() != null);
            own.keys("u");
            State undone = own.awaitMessage("undone:");
            assertThat(undone.message()).isEqualTo("undone: MILCOOP = NEUTRAL");
            assertThat(undone.para().labels().stance()).doesNotContainKey("MILCOOP");
            own.keys("u");
            assertThat(own.awaitMessage("nothing to undo").message()).as("gold is not in the workbench's undo")
                    .isEqualTo("nothing to undo");
        }
        assertThat(TestDb.rows(db, "SELECT count(*) FROM stance_labels WHERE annotator = 'rita'")).containsExactly("0");
    }

    @Test
    void quittingWithAnAnswerStillOutstandingWaitsForItAndOnlyThenEnds() throws Exception {
        LinkedBlockingQueue<Msg> held = new LinkedBlockingQueue<>();
        AtomicReference<Consumer<Msg>> inbox = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean holding = new java.util.concurrent.atomic.AtomicBoolean();
        try (Session s = new Session("alice", "alice", null, to -> {
            inbox.set(to);
            return m -> {
                if (holding.get() && m instanceof Msg.Saved) {
                    held.add(m);
                } else {
                    to.accept(m);
                }
            };
        })) {
            s.await("the paragraph", st -> st.para() != null);
            holding.set(true);
            s.keys("2", "q");
            State waiting = s.await("the quit to wait", st -> st.writes().quitting());
            assertThat(waiting.message()).contains("saving…").contains("quitting when saved");
            Msg answer = held.poll(30, TimeUnit.SECONDS);
            assertThat(answer).as("the change was written").isNotNull();
            assertThat(s.loop.isAlive()).as("still running while the answer is held").isTrue();
            inbox.get().accept(answer);
            s.loop.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(s.loop.isAlive()).isFalse();
            assertThat(s.state.get().message()).startsWith("saved ✓ MILCOOP = AGAINST");
        }
        assertThat(TestDb.rows(db, "SELECT label FROM stance_labels WHERE annotator = 'alice' AND target = 'MILCOOP'"
                + " AND paragraph_id != '" + p1 + "'")).containsExactly("AGAINST");
    }

    @Test
    void theSessionCountsLabelsNotUndoRedoOrDeletions() throws Exception {
        try (Session s = new Session("bob", "bob", List.of(p1), c -> c)) {
            s.await("the paragraph", st -> st.para() != null);
            s.keys("1");
            s.awaitMessage("saved ✓ WAR_SUPPORT = FAVOR");
            s.keys("p");
            s.awaitMessage("saved ✓ PERS");
            s.keys("u");
            s.awaitMessage("undone: PERS");
            s.keys("C-r");
            s.awaitMessage("redone: PERS");
            s.keys("S-Tab", "Backspace");
            State last = s.awaitMessage("saved ✓ WAR_SUPPORT cleared");
            assertThat(last.writes().sessionLabels()).isEqualTo(2);
        }
    }
}
