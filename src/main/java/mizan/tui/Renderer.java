package mizan.tui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns grids into terminal bytes. The first frame (and the one after a resize) is drawn whole;
 * after that only cells that changed are sent, each run of them after one cursor move, so a
 * keystroke costs tens of bytes, not a screen. Text goes out as UTF-8, one grapheme cluster per
 * cell, in the visual order the view laid out.
 *
 * <p>A renderer knows how many colours its terminal shows. At 256 a style's 256-colour foreground
 * goes out as {@code 38;5;N}; at 8 it is never sent, and the style's 8-colour stand-in is drawn.
 */
public final class Renderer {

    /** Unchanged cells bridged inside a run: cheaper than a new cursor move. */
    private static final int BRIDGE = 3;

    private final int colours;
    private Grid last;

    /** A renderer for a 256-colour terminal. */
    public Renderer() {
        this(256);
    }

    /** @param colours 8 or 256, see {@link EntityStyles#coloursOf} */
    public Renderer(int colours) {
        if (colours != 8 && colours != 256) {
            throw new IllegalArgumentException("a renderer draws 8 or 256 colours, not " + colours);
        }
        this.colours = colours;
    }

    /** Forget the previous frame: the next is drawn whole. */
    public void invalidate() {
        last = null;
    }

    /** The bytes that bring the terminal from the previous frame to {@code g}. */
    public byte[] frame(Grid g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        StringBuilder b = new StringBuilder();
        boolean full = last == null || last.cols() != g.cols() || last.rows() != g.rows();
        Style[] current = {null};
        if (full) {
            b.append("\033[0m\033[H\033[2J");
            current[0] = Style.PLAIN;
        }
        for (int y = 0; y < g.rows(); y++) {
            int x = 0;
            while (x < g.cols()) {
                if (!full && same(g, last, x, y)) {
                    x++;
                    continue;
                }
                int end = runEnd(g, x, y, full);
                b.append("\033[").append(y + 1).append(';').append(x + 1).append('H');
                for (int i = x; i < end; i++) {
                    String t = g.text(i, y);
                    if (t.equals(Grid.CONTINUATION)) {
                        continue;
                    }
                    Style st = shown(g.style(i, y));
                    if (!st.equals(current[0])) {
                        b.append(sgr(st));
                        current[0] = st;
                    }
                    b.append(t);
                }
                x = end;
            }
        }
        if (b.length() > 0) {
            b.append("\033[0m");
        }
        last = g;
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Where a run of changes starting at x ends: after its last changed cell, bridging short gaps. */
    private int runEnd(Grid g, int x, int y, boolean full) {
        if (full) {
            return g.cols();
        }
        int end = x + 1;
        int gap = 0;
        for (int i = x + 1; i < g.cols(); i++) {
            if (same(g, last, i, y)) {
                if (++gap > BRIDGE) {
                    break;
                }
            } else {
                gap = 0;
                end = i + 1;
            }
        }
        // never start or end inside a wide cluster
        while (end < g.cols() && g.text(end, y).equals(Grid.CONTINUATION)) {
            end++;
        }
        return end;
    }

    private boolean same(Grid a, Grid b, int x, int y) {
        return a.text(x, y).equals(b.text(x, y)) && shown(a.style(x, y)).equals(shown(b.style(x, y)))
                && !(x > 0 && a.text(x, y).equals(Grid.CONTINUATION) && !same(a, b, x - 1, y));
    }

    /** The style as this terminal can show it: at 8 colours without its 256-colour foreground. */
    private Style shown(Style s) {
        return colours == 8 && s.fg256() != Style.NO_256 ? s.withFg(s.fg()) : s;
    }

    /** Callers pass the style as {@link #shown}, so an 8-colour renderer never sends {@code 38;5}. */
    static String sgr(Style s) {
        StringBuilder b = new StringBuilder("\033[0");
        if (s.bold()) {
            b.append(";1");
        }
        if (s.dim()) {
            b.append(";2");
        }
        if (s.italic()) {
            b.append(";3");
        }
        if (s.underline()) {
            b.append(";4");
        }
        if (s.reverse()) {
            b.append(";7");
        }
        if (s.fg256() != Style.NO_256) {
            b.append(";38;5;").append(s.fg256());
        } else if (s.fg() != Style.Color.DEFAULT) {
            b.append(';').append(30 + s.fg().ordinal() - 1);
        }
        if (s.bg() != Style.Color.DEFAULT) {
            b.append(';').append(40 + s.bg().ordinal() - 1);
        }
        return b.append('m').toString();
    }
}
