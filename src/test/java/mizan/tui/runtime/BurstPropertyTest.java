package mizan.tui.runtime;

import mizan.TestDb;
import mizan.TestFiles;
import mizan.corpus.Importer;
import mizan.model.LabelScheme;
import mizan.model.Role;
import mizan.store.Store;
import mizan.text.BidiLayout;
import mizan.tui.Action;
import mizan.tui.Keymap;
import mizan.tui.Msg;
import mizan.tui.State;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench loop's invariant (DESIGN.md, "The workbench loop"): random key sequences fed to
 * the real runtime on a real database, the keys in random bursts and the store's answers held
 * back and let through in random bursts, leave the same labels and the same event log as the
 * same keys typed one at a time, each after the store answered the one before.
 */
class BurstPropertyTest {

    @TempDir
    static Path dir;

    private static Path template;

    @BeforeAll
    static void corpus() throws Exception {
        template = dir.resolve("template.db");
        try (Store s = Store.open(template)) {
            new Importer(s.documents(), Importer.Progress.NONE).importPaths(List.of(TestFiles.seeds()));
            s.team().add("alice", Role.REVIEWER, null);
            s.team().add("bob", Role.ANNOTATOR, null);
        }
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keysInBurstsWithAnswersDelayedLeaveWhatKeysOneAtATimeLeave(long seed) throws Exception {
        List<String> keys = keys(new Random(seed), 120);
        Path one = copy("one-" + seed);
        Path burst = copy("burst-" + seed);
        typeOneAtATime(one, keys);
        typeInBursts(burst, keys, new Random(seed * 31 + 7));
        for (String sql : List.of(
                "SELECT paragraph_id, target, label FROM stance_labels ORDER BY 1, 2",
                "SELECT paragraph_id, kind, start_cp, end_cp, label, check_worthy, claimer_kind, claimer_stance,"
                        + " (SELECT start_cp || '-' || end_cp FROM spans e WHERE e.id = s.claimer_span_id)"
                        + " FROM spans s ORDER BY 1, 3, 4, 2",
                "SELECT paragraph_id, boilerplate, comment FROM paragraph_flags ORDER BY 1",
                "SELECT annotator, paragraph_id, action, kind FROM events ORDER BY id")) {
            assertThat(TestDb.rows(burst, sql)).as(sql + "\nkeys: " + keys).isEqualTo(TestDb.rows(one, sql));
        }
        assertThat(TestDb.rows(one, "SELECT count(*) FROM events").get(0)).as("the keys changed labels")
                .isNotEqualTo("0");
    }

    /** Keys an annotator uses, weighted towards labeling, with paging, undo and a claim now and then. */
    static List<String> keys(Random r, int n) {
        Keymap k = Keymap.defaults(LabelScheme.defaults());
        List<String> entity = LabelScheme.defaults().entityTypes().stream()
                .map(d -> k.keyOf(Action.TAG_ENTITY, d.id())).toList();
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            int pick = r.nextInt(27);
            switch (pick) {
                // keys whose meaning depends on what the keys just before them asked for
                case 24 -> {
                    String d = String.valueOf(1 + r.nextInt(4));
                    out.addAll(List.of(d, "S-Tab", d)); // the same label again: already so, nothing to write
                }
                case 25 -> out.addAll(List.of(entity.get(r.nextInt(entity.size())), "Right", "x")); // tag, back, delete
                case 26 -> out.addAll(List.of("S-Tab", "0")); // clear what was just set
                case 0, 1, 2, 3, 20, 21, 22 -> out.add(String.valueOf(1 + r.nextInt(4)));
                case 23 -> out.add(r.nextBoolean() ? "S-Tab" : "Tab");
                case 4 -> out.add("0");
                case 5 -> out.add(r.nextBoolean() ? "Tab" : "S-Tab");
                case 6, 7 -> out.add(r.nextBoolean() ? "PgDn" : "PgUp");
                case 8, 9 -> out.add(r.nextBoolean() ? "Left" : "Right");
                case 10 -> out.add("S-Left");
                case 11, 12 -> out.add(entity.get(r.nextInt(entity.size())));
                case 13 -> out.add("x");
                case 14 -> out.add("u");
                case 15 -> out.add("C-r");
                case 16 -> out.add("b");
                // a claim, or a claim changed; Esc leaves a question left open (no entity 1, no claim there)
                case 17 -> out.addAll(List.of("c", r.nextBoolean() ? "y" : "n", r.nextBoolean() ? "a" : "1",
                        r.nextBoolean() ? "a" : "r", "Esc"));
                case 18 -> out.addAll(List.of("e", "Enter", "n", "Enter", "Esc"));
                default -> out.add("]");
            }
        }
        return out;
    }

    private static Path copy(String name) throws Exception {
        Path db = dir.resolve(name + ".db");
        Files.copy(template, db);
        return db;
    }

    /** Each key after the store answered everything the one before asked. */
    private static void typeOneAtATime(Path db, List<String> keys) throws Exception {
        AtomicReference<State> seen = new AtomicReference<>();
        run(db, UnaryOp.NONE, seen::set, term -> {
            for (String k : keys) {
                term.type(List.of(k));
                awaitIdle(seen, k);
            }
        });
    }

    /** Keys in bursts of 1 to 12, answers held back and let through in bursts, in order. */
    private static void typeInBursts(Path db, List<String> keys, Random r) throws Exception {
        HeldAnswers held = new HeldAnswers(new Random(r.nextLong()));
        run(db, held, s -> { }, term -> {
            int i = 0;
            while (i < keys.size()) {
                int n = Math.min(keys.size() - i, 1 + r.nextInt(12));
                // a burst: its keys arrive together, while answers to earlier keys come back between them
                for (String k : keys.subList(i, i + n)) {
                    term.type(List.of(k));
                    if (r.nextInt(3) == 0) {
                        Thread.sleep(r.nextInt(2)); // time for the writer to answer an earlier key
                        held.releaseSome();
                    }
                }
                i += n;
                for (int k = r.nextInt(3); k >= 0; k--) {
                    Thread.sleep(r.nextInt(4));
                    held.releaseSome();
                }
            }
        });
        held.stop();
    }

    private static void awaitIdle(AtomicReference<State> seen, String key) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            State s = seen.get();
            if (s != null && !s.writes().saving() && !s.waiting().blocked() && s.waiting().keys().isEmpty()
                    && s.waiting().loading().isEmpty()) {
                return;
            }
            assertThat(System.nanoTime()).as("the workbench settles after " + key).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    /** What a test does while the workbench runs. */
    interface Script {
        void play(ScriptedTerminal term) throws Exception;
    }

    /** A gate for the store's answers. */
    interface UnaryOp extends java.util.function.UnaryOperator<Consumer<Msg>> {
        UnaryOp NONE = c -> c;
    }

    private static void run(Path db, java.util.function.UnaryOperator<Consumer<Msg>> gate, Consumer<State> observer,
                            Script script) throws Exception {
        ScriptedTerminal term = new ScriptedTerminal();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread loop;
        try (Store store = Store.open(db)) {
            LabelScheme scheme = store.settings().labelScheme();
            Runtime rt = new Runtime(term, store, Runtime.Config.workbench("alice", scheme, Keymap.defaults(scheme),
                    BidiLayout.Mode.APP, db.toString())).gateReplies(gate).observe(observer);
            loop = new Thread(() -> {
                try {
                    rt.run();
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            loop.start();
            script.play(term);
            term.type(List.of("Esc", "Esc", "q")); // out of any claim question, then quit
            if (gate instanceof HeldAnswers h) {
                while (loop.isAlive()) {
                    h.releaseSome();
                    loop.join(2);
                }
            }
            loop.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(loop.isAlive()).as("the workbench quits once everything is saved").isFalse();
        }
        assertThat(failed.get()).isNull();
    }

    /** Holds the store's answers and lets a random number of them through, in order, when asked. */
    static final class HeldAnswers implements java.util.function.UnaryOperator<Consumer<Msg>> {
        private final Random random;
        private final java.util.concurrent.LinkedBlockingDeque<Msg> held = new java.util.concurrent.LinkedBlockingDeque<>();
        private Consumer<Msg> to;

        HeldAnswers(Random random) {
            this.random = random;
        }

        @Override
        public Consumer<Msg> apply(Consumer<Msg> inbox) {
            this.to = inbox;
            return held::add;
        }

        synchronized void releaseSome() {
            int n = random.nextInt(4) == 0 ? held.size() : random.nextInt(3);
            for (int i = 0; i < n && !held.isEmpty(); i++) {
                to.accept(held.poll());
            }
        }

        synchronized void stop() {
            while (!held.isEmpty()) {
                to.accept(held.poll());
            }
        }
    }
}
