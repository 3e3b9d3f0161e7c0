package mizan.tui.runtime;

import com.googlecode.lanterna.TerminalSize;
import mizan.model.LabelScheme;
import mizan.store.Queues;
import mizan.store.Store;
import mizan.text.BidiLayout;
import mizan.tui.Effect;
import mizan.tui.Key;
import mizan.tui.Keymap;
import mizan.tui.Memo;
import mizan.tui.Msg;
import mizan.tui.Renderer;
import mizan.tui.State;
import mizan.tui.Update;
import mizan.tui.View;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The workbench's loop, for a local terminal, an SSH channel or adjudication alike: reads keys,
 * runs {@link Update}, hands label changes to the {@link EffectRunner} on a writer thread and
 * loads to the {@link ParagraphLoader} on a reader thread, and draws {@link View} frames through
 * the {@link Renderer}. The only part of the workbench that touches the terminal and the store.
 *
 * <p>Frames are paced without looking into the state: a frame is drawn when the state changed,
 * once messages stop arriving for {@link #SETTLE_MS} (so a key and the store's answer to it
 * usually share one frame), and at most every {@link #FRAME_MS}.
 */
public final class Runtime {

    static final long SETTLE_MS = 8;
    static final long FRAME_MS = 16;
    /** How long an ended session waits for changes still being written (the store retries a busy database). */
    static final long DRAIN_SECONDS = 120;

    /** Enter the alternate screen, hide the cursor; with app bidi, ask VTE for explicit mode (CSI 8 l). */
    private static final String START = "\033[?1049h\033[?25l\033[0m";
    private static final String STOP = "\033[0m\033[?25h\033[?1049l";

    /**
     * Who works on whose labels, and how.
     *
     * @param owner    whose labels the keys change ({@link mizan.model.Annotator#GOLD} when adjudicating)
     * @param whyEmpty what an empty queue means and what to do about it
     */
    public record Config(String annotator, String owner, LabelScheme scheme, Keymap keymap, BidiLayout.Mode bidi,
                         String whyEmpty) {

        /** The workbench: the annotator labels their own queue. */
        public static Config workbench(String annotator, LabelScheme scheme, Keymap keymap, BidiLayout.Mode bidi,
                                       String database) {
            return new Config(annotator, annotator, scheme, keymap, bidi, "No paragraphs are assigned to " + annotator
                    + ".\nDocuments are assigned by a lead, with:\n  mizan assign --db " + database
                    + "\nQuit with q, and open the workbench again once work is assigned.");
        }

        public boolean adjudicating() {
            return !owner.equals(annotator);
        }
    }

    private final TerminalIo term;
    private final Store store;
    private final Config config;
    private final Supplier<List<String>> queueOf;
    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
    private final Renderer renderer;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private UnaryOperator<Consumer<Msg>> replies = UnaryOperator.identity();
    private Consumer<State> observer = s -> { };

    /** The workbench of one annotator on their own queue. */
    public Runtime(TerminalIo term, Store store, Config config) {
        this(term, store, config, () -> Queues.of(store, config.annotator()));
    }

    /** @param queueOf the paragraphs to walk, computed when the loop starts */
    public Runtime(TerminalIo term, Store store, Config config, Supplier<List<String>> queueOf) {
        this.term = term;
        this.store = store;
        this.config = config;
        this.queueOf = queueOf;
        this.renderer = new Renderer(term.colours());
    }

    /** Tests: every answer of the store passes through {@code gate} on its way to the loop. */
    Runtime gateReplies(UnaryOperator<Consumer<Msg>> gate) {
        this.replies = gate;
        return this;
    }

    /** Tests: sees every state the loop reaches. */
    Runtime observe(Consumer<State> o) {
        this.observer = o;
        return this;
    }

    /** Runs until the person quits or the input closes; returns once every change is written. */
    public void run() throws IOException {
        List<String> queue = queueOf.get();
        Set<String> finished = new HashSet<>(config.adjudicating() ? store.gold().decidedParagraphs()
                : store.labels().finishedParagraphs(config.owner(), config.scheme().targets().size()));
        finished.retainAll(new HashSet<>(queue));
        int start = firstUnfinished(queue, finished);
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "mizan-writer"));
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> daemon(r, "mizan-reader"));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mizan-clock"));
        Consumer<Msg> reply = replies.apply(inbox::add);
        Store readStore = Store.open(store.path());
        EffectRunner runner = new EffectRunner(store, config.annotator(), config.owner(),
                config.scheme().targets().size(), reply);
        ParagraphLoader loader = new ParagraphLoader(readStore, config.owner(), config.adjudicating(), queue, reply);
        Thread hook = new Thread(this::restoreTerminal, "mizan-restore");
        java.lang.Runtime.getRuntime().addShutdownHook(hook);
        try {
            send(START + (config.bidi() == BidiLayout.Mode.TERMINAL ? "" : "\033[8l"));
            TerminalSize size = term.size();
            State.Session session = new State.Session(config.annotator(), config.owner(), config.scheme(),
                    config.keymap(), config.bidi(), term.colours(), new Memo(), config.whyEmpty());
            State initial = State.initial(session, queue, finished, start, size.getColumns(), size.getRows(),
                    System.currentTimeMillis());
            term.onResize(sz -> inbox.add(new Msg.Resized(sz.getColumns(), sz.getRows())));
            startInput();
            clock.scheduleAtFixedRate(() -> inbox.add(new Msg.Tick(System.currentTimeMillis())), 1, 1, TimeUnit.SECONDS);
            Update.Result first = Update.start(initial);
            dispatch(first.effects(), writer, reader, runner, loader);
            loop(first.state(), writer, reader, runner, loader);
        } finally {
            clock.shutdownNow();
            reader.shutdownNow();
            writer.shutdown(); // every change asked for is still written before the store closes
            try {
                if (!writer.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                    writer.shutdownNow();
                }
                reader.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readStore.close();
            restoreTerminal();
            try {
                java.lang.Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private static int firstUnfinished(List<String> queue, Set<String> finished) {
        for (int i = 0; i < queue.size(); i++) {
            if (!finished.contains(queue.get(i))) {
                return i;
            }
        }
        return Math.max(0, queue.size() - 1);
    }

    private void loop(State state, ExecutorService writer, ExecutorService reader, EffectRunner runner,
                      ParagraphLoader loader) throws IOException {
        State drawn = null;
        long lastFrame = 0;
        long dirtySince = 0;
        long frame = TimeUnit.MILLISECONDS.toNanos(FRAME_MS);
        while (true) {
            Msg msg;
            try {
                long now = System.nanoTime();
                if (state == drawn) {
                    msg = inbox.take();
                    dirtySince = System.nanoTime();
                } else {
                    // settle for a moment, but draw at least once a frame while keys stream in, and
                    // never more often than once a frame
                    long settle = Math.min(TimeUnit.MILLISECONDS.toNanos(SETTLE_MS), dirtySince + frame - now);
                    msg = inbox.poll(Math.max(lastFrame + frame - now, settle), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (msg == null) {
                draw(state);
                drawn = state;
                lastFrame = System.nanoTime();
                continue;
            }
            List<Msg> batch = new ArrayList<>();
            batch.add(msg);
            inbox.drainTo(batch);
            for (Msg m : batch) {
                if (m instanceof Msg.KeyPressed k && k.key().name().equals("EOF")) {
                    return; // the connection is gone: the writer still finishes what was asked
                }
                if (m instanceof Msg.Resized) {
                    renderer.invalidate();
                }
                Update.Result r = Update.update(state, m);
                state = r.state();
                observer.accept(state);
                if (r.effects().stream().anyMatch(e -> e instanceof Effect.Quit)) {
                    dispatch(r.effects(), writer, reader, runner, loader);
                    draw(state);
                    return;
                }
                dispatch(r.effects(), writer, reader, runner, loader);
            }
        }
    }

    private void dispatch(List<Effect> effects, ExecutorService writer, ExecutorService reader, EffectRunner runner,
                          ParagraphLoader loader) {
        for (Effect e : effects) {
            if (e instanceof Effect.Load || e instanceof Effect.Search) {
                reader.submit(() -> loader.run(e));
            } else if (e instanceof Effect.Remember r) {
                long ticket = runner.asked();
                writer.submit(() -> runner.remember(r.paragraphId(), ticket));
            } else if (!(e instanceof Effect.Quit)) {
                writer.submit(() -> runner.run(e));
            }
        }
    }

    private void draw(State state) throws IOException {
        byte[] bytes = renderer.frame(View.render(state));
        if (bytes.length > 0) {
            term.write(bytes);
        }
    }

    private void startInput() {
        Thread t = new Thread(() -> {
            try {
                while (!stopped.get()) {
                    Key k = Keys.from(term.readInput());
                    if (k != null) {
                        inbox.add(new Msg.KeyPressed(k));
                        if (k.name().equals("EOF")) {
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                inbox.add(new Msg.KeyPressed(Key.of("EOF")));
            }
        }, "mizan-input");
        t.setDaemon(true);
        t.start();
    }

    private void send(String s) throws IOException {
        term.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves the terminal as it was: once, from quit or from the shutdown hook (kill, Ctrl-C). */
    private void restoreTerminal() {
        if (stopped.compareAndSet(false, true)) {
            try {
                send(STOP + (config.bidi() == BidiLayout.Mode.TERMINAL ? "" : "\033[8h"));
                term.close();
            } catch (IOException e) {
                // the terminal is gone; nothing left to restore
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
