package mizan.text;

import java.util.List;

/**
 * One wrapped line of a paragraph as it is drawn.
 *
 * @param startCp first code point of the logical range the line covers
 * @param endCp   code point after it (the line's trailing whitespace is covered but not drawn)
 * @param indent  blank columns before the first cell (right alignment of RTL paragraphs)
 * @param cells   drawn clusters in visual order, left to right
 */
public record VisualLine(int startCp, int endCp, int indent, List<Cell> cells) {

    public VisualLine {
        cells = List.copyOf(cells);
    }

    /** Columns the cells take, not counting the indent. */
    public int cellWidth() {
        return cells.stream().mapToInt(Cell::width).sum();
    }

    /** The cell drawn at screen column {@code column}, or null for a blank column. */
    public Cell cellAt(int column) {
        int col = indent;
        for (Cell cell : cells) {
            if (column >= col && column < col + cell.width()) {
                return cell;
            }
            col += cell.width();
        }
        return null;
    }
}
