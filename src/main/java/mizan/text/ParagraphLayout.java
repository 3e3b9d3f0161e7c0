package mizan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph laid out for a given width: wrapped lines of cells in visual order, plus the
 * lookups the UI needs between screen columns and logical code-point offsets.
 */
public record ParagraphLayout(boolean rtl, int width, List<VisualLine> lines) {

    public ParagraphLayout {
        lines = List.copyOf(lines);
    }

    /** Index of the line covering code point {@code cp}; the paragraph's end maps to the last line; else -1. */
    public int lineOf(int cp) {
        for (int i = 0; i < lines.size(); i++) {
            VisualLine line = lines.get(i);
            if (cp >= line.startCp() && cp < line.endCp()) {
                return i;
            }
        }
        boolean atEnd = !lines.isEmpty() && cp == lines.get(lines.size() - 1).endCp();
        return atEnd ? lines.size() - 1 : -1;
    }

    /** The first code point of the cluster drawn at {@code column} of {@code line}, or -1 for a blank. */
    public int cpAt(int line, int column) {
        if (line < 0 || line >= lines.size()) {
            return -1;
        }
        Cell cell = lines.get(line).cellAt(column);
        return cell == null ? -1 : cell.start();
    }

    /**
     * Where the logical range {@code [startCp, endCp)} is drawn: one column range per stretch of
     * adjacent selected cells. A range crossing a line break yields pieces on both lines; a range
     * crossing a direction change can yield two pieces on one line, because bidi reordering
     * makes a logical range visually discontiguous.
     */
    public List<ColumnRange> columnsOf(int startCp, int endCp) {
        List<ColumnRange> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            VisualLine line = lines.get(i);
            if (line.endCp() <= startCp || line.startCp() >= endCp) {
                continue;
            }
            int col = line.indent();
            int from = -1;
            for (Cell cell : line.cells()) {
                boolean selected = cell.start() < endCp && cell.end() > startCp;
                if (selected && from < 0) {
                    from = col;
                } else if (!selected && from >= 0) {
                    out.add(new ColumnRange(i, from, col));
                    from = -1;
                }
                col += cell.width();
            }
            if (from >= 0) {
                out.add(new ColumnRange(i, from, col));
            }
        }
        return out;
    }
}
