package mizan.tui.runtime;

import com.googlecode.lanterna.TerminalSize;
import mizan.model.LabelScheme;
import mizan.store.Queues;
import mizan.store.Store;
import mizan.text.BidiLayout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The workbench's loop: reads keys, runs {@link Update}, hands effects to the {@link Worker} on
 * an I/O thread, draws {@link View} frames through the {@link Renderer}. The only part of the
 * workbench that touches the terminal and the store.
 *
 * <p>After a key that changes a label, the loop waits up to {@link #SAVE_WAIT_MS} for the commit
 * before drawing, so the saved label normally appears in the same frame as the keystroke; a
 * slower commit shows "saving…" first and the label when it is on disk.
 */
public final class Runtime {

    static final long SAVE_WAIT_MS = 16;

    /** Enter the alternate screen, hide the cursor; with app bidi, ask VTE for explicit mode (CSI 8 l). */
    private static final String START = "\033[?1049h\033[?25l\033[0m";
    private static final String STOP = "\033[0m\033[?25h\033[?1049l";

    private final TerminalIo term;
    private final Store store;
    private final String annotator;
    private final String owner;
    private final java.util.function.Supplier<List<String>> queueOf;
    private final LabelScheme scheme;
    private final Keymap keymap;
    private final BidiLayout.Mode bidi;
    private final BlockingDeque<Msg> inbox = new LinkedBlockingDeque<>();
    private final Renderer renderer = new Renderer();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** The workbench: the annotator labels their own queue. */
    public Runtime(TerminalIo term, Store store, String annotator, LabelScheme scheme, Keymap keymap,
                   BidiLayout.Mode bidi) {
        this(term, store, annotator, annotator, () -> Queues.of(store, annotator), scheme, keymap, bidi);
    }

    /**
     * @param owner   whose labels the keys change ({@link mizan.model.Annotator#GOLD} when adjudicating)
     * @param queueOf the paragraphs to walk, computed when the loop starts
     */
    public Runtime(TerminalIo term, Store store, String annotator, String owner,
                   java.util.function.Supplier<List<String>> queueOf, LabelScheme scheme, Keymap keymap,
                   BidiLayout.Mode bidi) {
        this.term = term;
        this.store = store;
        this.annotator = annotator;
        this.owner = owner;
        this.queueOf = queueOf;
        this.scheme = scheme;
        this.keymap = keymap;
        this.bidi = bidi;
    }

    /** Runs until the annotator quits or the input closes. */
    public void run() throws IOException {
        List<String> queue = queueOf.get();
        ExecutorService io = Executors.newSingleThreadExecutor(r -> daemon(r, "mizan-io"));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mizan-clock"));
        Worker worker = new Worker(store, annotator, owner, scheme, queue, inbox::add);
        Thread hook = new Thread(this::restoreTerminal, "mizan-restore");
        java.lang.Runtime.getRuntime().addShutdownHook(hook);
        try {
            send(START + (bidi == BidiLayout.Mode.TERMINAL ? "" : "\033[8l"));
            TerminalSize size = term.size();
            State state = State.initial(annotator, scheme, keymap, bidi, queue, worker.done(), size.getColumns(),
                    size.getRows(), System.currentTimeMillis()).withOwner(owner);
            term.onResize(sz -> inbox.add(new Msg.Resized(sz.getColumns(), sz.getRows())));
            startInput();
            clock.scheduleAtFixedRate(() -> inbox.add(new Msg.Tick(System.currentTimeMillis())), 1, 1, TimeUnit.SECONDS);
            int start = worker.firstUnfinished();
            io.submit(() -> worker.run(new Effect.Load(start)));
            draw(state);
            loop(state, io, worker);
        } finally {
            clock.shutdownNow();
            io.shutdown();
            try {
                io.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            restoreTerminal();
            try {
                java.lang.Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private void loop(State state, ExecutorService io, Worker worker) throws IOException {
        while (true) {
            Msg msg;
            try {
                msg = inbox.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            List<Msg> batch = new ArrayList<>();
            batch.add(msg);
            inbox.drainTo(batch);
            for (Msg m : batch) {
                if (m instanceof Msg.KeyPressed k && k.key().name().equals("EOF")) {
                    return;
                }
                if (m instanceof Msg.Resized) {
                    renderer.invalidate();
                }
                Update.Result r = Update.update(state, m);
                state = r.state();
                for (Effect e : r.effects()) {
                    if (e instanceof Effect.Quit) {
                        return;
                    }
                    io.submit(() -> worker.run(e));
                }
            }
            state = awaitSaves(state, io, worker);
            draw(state);
        }
    }

    /** Gives pending commits one frame's time to finish, so the label is drawn saved, not saving. */
    private State awaitSaves(State state, ExecutorService io, Worker worker) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SAVE_WAIT_MS);
        while (state.pending() > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                Msg m = inbox.poll(left, TimeUnit.NANOSECONDS);
                if (m == null) {
                    break;
                }
                if (m instanceof Msg.KeyPressed || m instanceof Msg.Resized) {
                    inbox.addFirst(m); // the next key is handled after this frame, in order
                    break;
                }
                Update.Result r = Update.update(state, m);
                state = r.state();
                for (Effect e : r.effects()) {
                    io.submit(() -> worker.run(e));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return state;
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
                send(STOP + (bidi == BidiLayout.Mode.TERMINAL ? "" : "\033[8h"));
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
