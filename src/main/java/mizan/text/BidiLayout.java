package mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a paragraph out into terminal cells: wraps it, reorders each line for display, shapes
 * and mirrors as the mode asks, and right-aligns RTL paragraphs. Terminals disagree about bidi
 * (DESIGN fact 3), so by default the application does it all and the terminal only draws cells.
 *
 * <p>Every cell remembers the logical code-point range it came from, so the UI can map a screen
 * column back to a paragraph offset and draw a selection given in offsets.
 */
public final class BidiLayout {

    /** Who orders and shapes the text. */
    public enum Mode {
        /** The application reorders (ICU Bidi), mirrors brackets and shapes letters. */
        APP,
        /** As {@link #APP}, without shaping, for terminals that shape by themselves. */
        APP_UNSHAPED,
        /**
         * Logical order, no shaping, no mirroring, no right alignment: for terminals that insist
         * on reordering each row themselves (padding would be reordered with the text).
         */
        TERMINAL
    }

    /** Shown under a combining mark that has no base, as text editors do. */
    static final String DOTTED_CIRCLE = "\u25CC";

    /** Bidi objects are reusable across setPara calls: one per thread. */
    private static final ThreadLocal<Bidi> BIDI = ThreadLocal.withInitial(Bidi::new);

    private BidiLayout() {
    }

    /**
     * Lays out {@code paragraph} (one paragraph: line separators in it end a line but do not start
     * a new bidi paragraph) in lines of at most {@code width} columns. A single cluster wider than
     * the line (an emoji at width 1) gets a line of its own and overflows it.
     */
    public static ParagraphLayout layout(String paragraph, int width, Mode mode) {
        if (width < 1) {
            throw new IllegalArgumentException("layout width must be at least 1 column, was " + width);
        }
        ClusterTable clusters = new ClusterTable(paragraph);
        OffsetMap offsets = new OffsetMap(paragraph);
        String display = mode == Mode.APP ? ArabicShaper.shape(paragraph) : paragraph;
        Bidi bidi = BIDI.get();
        bidi.setPara(withoutParagraphSeparators(paragraph), Bidi.LEVEL_DEFAULT_RTL, null);
        boolean rtl = (bidi.getParaLevel() & 1) == 1;
        CellMaker cells = new CellMaker(display, clusters, offsets);

        List<VisualLine> lines = new ArrayList<>();
        for (LineWrapper.Span span : LineWrapper.wrap(paragraph, clusters, width)) {
            List<Cell> row = mode == Mode.TERMINAL
                    ? logicalCells(cells, span)
                    : visualCells(cells, bidi, clusters, span);
            int used = row.stream().mapToInt(Cell::width).sum();
            int indent = rtl && mode != Mode.TERMINAL ? Math.max(0, width - used) : 0;
            lines.add(new VisualLine(offsets.toCp(clusters.start(span.first())),
                    offsets.toCp(clusters.start(span.end())), indent, row));
        }
        return new ParagraphLayout(rtl, width, lines);
    }

    private static List<Cell> logicalCells(CellMaker cells, LineWrapper.Span span) {
        List<Cell> row = new ArrayList<>();
        for (int c = span.first(); c < span.drawnEnd(); c++) {
            cells.add(row, c, false);
        }
        return row;
    }

    /** Walks the line's visual runs left to right; odd (RTL) runs take their clusters in reverse. */
    private static List<Cell> visualCells(CellMaker cells, Bidi bidi, ClusterTable clusters, LineWrapper.Span span) {
        List<Cell> row = new ArrayList<>();
        if (span.drawnEnd() == span.first()) {
            return row;
        }
        int lineStart = clusters.start(span.first());
        Bidi line = bidi.setLine(lineStart, clusters.start(span.drawnEnd()));
        for (int r = 0; r < line.countRuns(); r++) {
            BidiRun run = line.getVisualRun(r);
            // A cluster belongs to the run holding its first code unit, so none is drawn twice.
            int first = clusters.firstAtOrAfter(lineStart + run.getStart());
            int end = clusters.firstAtOrAfter(lineStart + run.getLimit());
            boolean odd = run.isOddRun();
            for (int i = 0; i < end - first; i++) {
                cells.add(row, odd ? end - 1 - i : first + i, odd);
            }
        }
        return row;
    }

    /** ICU starts a new bidi paragraph at each separator; a line break inside ours must not. */
    private static String withoutParagraphSeparators(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (UCharacter.getDirection(ch) == UCharacter.BLOCK_SEPARATOR) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }
}
