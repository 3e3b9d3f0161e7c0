package mizan.bench;

import mizan.text.BidiLayout;
import mizan.text.Token;
import mizan.tui.Change;
import mizan.tui.Effect;
import mizan.tui.ParaLabels;
import mizan.tui.Key;
import mizan.tui.Msg;
import mizan.tui.ParagraphData;
import mizan.tui.Renderer;
import mizan.tui.State;
import mizan.tui.Update;
import mizan.tui.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workbench without a terminal: keystroke to finished cell grid, bytes sent for a stance
 * keystroke, keys an entity span takes, and the layout of one paragraph.
 */
final class FrameBench {

    static final int COLS = 80;
    static final int ROWS = 24;

    /** What an annotator's hands do most: move, select, tag, label, switch target, scroll. */
    private static final String[] KEY_MIX = {"Left", "Left", "Left", "S-Left", "p", "Down", "Up", "Right", "Tab",
        "1", "Esc", "End", "Home", "Left"};

    private final ParagraphData data;
    private final ParaLabels labels;

    FrameBench(String text, int spans) {
        this.data = Workbench.data(text);
        this.labels = Workbench.labels(Map.of(), Workbench.spans(Workbench.PARAGRAPH_ID, text, spans));
    }

    /** Milliseconds from a key message to the rendered grid, one sample per key. */
    Percentiles keystrokeToFrame(int warmups, int samples) {
        State s = Workbench.loaded(data, labels, COLS, ROWS);
        View.render(s);
        for (int i = 0; i < warmups; i++) {
            s = step(s, KEY_MIX[i % KEY_MIX.length]).state;
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            Timed t = step(s, KEY_MIX[i % KEY_MIX.length]);
            s = t.state;
            ms[i] = t.millis;
        }
        return new Percentiles(ms);
    }

    private record Timed(State state, double millis) { }

    private static Timed step(State s, String key) {
        long t0 = System.nanoTime();
        State n = Workbench.answered(s, new Msg.KeyPressed(Key.of(key)));
        View.render(n);
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Timed(n, ms);
    }

    /**
     * Bytes the renderer sends for one stance keystroke after the first frame: the key, then the
     * commit confirmed, drawn in one frame as the runtime does when the commit lands within a frame.
     */
    int bytesPerStanceKey() {
        State before = Workbench.loaded(data, labels, COLS, ROWS);
        Renderer r = new Renderer();
        r.frame(View.render(before));
        State after = Workbench.answered(before, new Msg.KeyPressed(Key.of(Workbench.stanceKey("FAVOR"))));
        return r.frame(View.render(after)).length;
    }

    /**
     * The fewest keys, found by trying every sequence up to {@code maxKeys} long from a small
     * alphabet, that tag the two words after the cursor as one PERS entity; -1 if none does.
     */
    int keysPerEntitySpan(int maxKeys) {
        String text = data.text();
        State s = Workbench.loaded(data, ParaLabels.EMPTY, COLS, ROWS);
        List<Token> words = Workbench.words(text);
        int at = 2;
        s = s.withCursor(new State.Cursor(at, -1, -1, -1, 0));
        int start = words.get(at).start();
        int end = words.get(at + 1).end();
        String[] alphabet = {"S-Left", "S-Right", "Left", "Right", "[", "]", "{", "}", Workbench.entityKey("PERS")};
        List<State> frontier = List.of(s);
        for (int depth = 1; depth <= maxKeys; depth++) {
            List<State> next = new ArrayList<>();
            for (State f : frontier) {
                for (String k : alphabet) {
                    Update.Result r = Update.update(f, new Msg.KeyPressed(Key.of(k)));
                    for (Effect e : r.effects()) {
                        if (e instanceof Effect.Write w && w.change() instanceof Change.TagEntity t
                                && tagged(t, start, end)) {
                            return depth;
                        }
                    }
                    if (r.effects().isEmpty()) {
                        next.add(r.state());
                    }
                }
            }
            frontier = next;
        }
        return -1;
    }

    private static boolean tagged(Change.TagEntity t, int start, int end) {
        return "PERS".equals(t.type()) && t.start() == start && t.end() == end;
    }

    /** Microseconds to lay out the paragraph (bidi, shaping, wrapping) at the workbench's text width. */
    Percentiles layoutMicros(int warmups, int samples) {
        for (int i = 0; i < warmups; i++) {
            BidiLayout.layout(data.text(), COLS - 2, BidiLayout.Mode.APP);
        }
        double[] us = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            BidiLayout.layout(data.text(), COLS - 2, BidiLayout.Mode.APP);
            us[i] = (System.nanoTime() - t0) / 1e3;
        }
        return new Percentiles(us);
    }
}
