package mizan.tui;

import mizan.text.BidiLayout;
import mizan.text.Cell;
import mizan.text.ParagraphLayout;
import mizan.text.VisualLine;

import java.util.Arrays;

/**
 * The screen as cells: one grapheme cluster per cell with its style. A wide cluster (an emoji)
 * fills its cell and marks the next one as its continuation. The view draws into a grid; the
 * renderer diffs two grids and sends only what changed.
 */
public final class Grid {

    /** Marks the cell covered by the right half of a wide cluster. */
    static final String CONTINUATION = "";

    private final int cols;
    private final int rows;
    private final String[] text;
    private final Style[] style;
    /** Where laid-out strings are remembered, or null to lay each out afresh. */
    private final Memo memo;

    public Grid(int cols, int rows) {
        this(cols, rows, null);
    }

    public Grid(int cols, int rows, Memo memo) {
        this.memo = memo;
        this.cols = cols;
        this.rows = rows;
        this.text = new String[cols * rows];
        this.style = new Style[cols * rows];
        Arrays.fill(text, " ");
        Arrays.fill(style, Style.PLAIN);
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public String text(int x, int y) {
        return text[y * cols + x];
    }

    public Style style(int x, int y) {
        return style[y * cols + x];
    }

    /** Puts one cluster; a wide one takes two cells. Off-screen or overflowing cells are dropped. */
    public void put(int x, int y, String cluster, int width, Style s) {
        if (y < 0 || y >= rows || x < 0 || x + width > cols) {
            return;
        }
        text[y * cols + x] = cluster;
        style[y * cols + x] = s;
        if (width == 2) {
            text[y * cols + x + 1] = CONTINUATION;
            style[y * cols + x + 1] = s;
        }
    }

    public void restyle(int x, int y, Style s) {
        if (y >= 0 && y < rows && x >= 0 && x < cols) {
            style[y * cols + x] = s;
        }
    }

    public void fill(int y, Style s) {
        for (int x = 0; x < cols; x++) {
            put(x, y, " ", 1, s);
        }
    }

    /**
     * Writes text starting at column x, at most {@code max} columns, on one row; Arabic and mixed
     * text is laid out (reordered and shaped) first. Returns the columns used.
     */
    public int print(int x, int y, String s, int max, Style st, BidiLayout.Mode mode) {
        if (s.isEmpty() || max <= 0) {
            return 0;
        }
        if (!hasRightToLeft(s)) {
            return printPlain(x, y, s, max, st);
        }
        int width = Math.max(1, Math.min(max, 4096));
        ParagraphLayout layout = memo != null ? memo.layout(s, width, mode) : BidiLayout.layout(s, width, mode);
        if (layout.lines().isEmpty()) {
            return 0;
        }
        VisualLine line = layout.lines().get(0);
        boolean cut = layout.lines().size() > 1;
        int used = 0;
        for (Cell c : line.cells()) {
            put(x + used, y, c.text(), c.width(), st);
            used += c.width();
        }
        if (cut && used > 0) {
            put(x + Math.min(used, max - 1), y, "…", 1, st);
            used = Math.min(used + 1, max);
        }
        return used;
    }

    /** Left-to-right text needs no bidi: cluster by cluster, spaces kept (for padded labels). */
    private int printPlain(int x, int y, String s, int max, Style st) {
        int used = 0;
        for (String cluster : mizan.text.Graphemes.clusters(s)) {
            int w = mizan.text.CellWidth.ofCluster(cluster);
            if (w == 0) {
                continue;
            }
            if (used + w > max) {
                if (used > 0) {
                    put(x + used - 1, y, "…", 1, st);
                }
                break;
            }
            put(x + used, y, cluster, w, st);
            used += w;
        }
        return used;
    }

    private static boolean hasRightToLeft(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0590') {
                byte d = Character.getDirectionality(c);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@link #print}, ending at column {@code right} (exclusive): for right-aligned text. */
    public int printRight(int right, int y, String s, int max, Style st, BidiLayout.Mode mode) {
        int w = Math.min(max, mizan.text.CellWidth.of(s));
        return print(right - w, y, s, w, st, mode);
    }

    /** The text rows, continuation cells left out: what a terminal shows. */
    public String textDump() {
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < cols; x++) {
                row.append(text(x, y));
            }
            b.append(row.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** One style letter per cell ({@link Style#code()}), rows trimmed of plain cells at the end. */
    public String styleDump() {
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < cols; x++) {
                row.append(style(x, y).code());
            }
            b.append(row.toString().replaceAll("\\.+$", "")).append('\n');
        }
        return b.toString();
    }
}
