package mizan.text;

import com.ibm.icu.lang.UCharacter;

import java.util.List;

/** Turns one grapheme cluster of a paragraph into the cell that draws it. */
final class CellMaker {

    private final String display;
    private final ClusterTable clusters;
    private final OffsetMap offsets;

    /** {@code display} is the paragraph as drawn (perhaps shaped); it has the same UTF-16 length. */
    CellMaker(String display, ClusterTable clusters, OffsetMap offsets) {
        this.display = display;
        this.clusters = clusters;
        this.offsets = offsets;
    }

    /** Appends the cell for {@code cluster}, mirrored when it lies in a right-to-left run; zero-width clusters draw nothing. */
    void add(List<Cell> row, int cluster, boolean mirror) {
        int width = clusters.width(cluster);
        if (width == 0) {
            return;
        }
        int from = clusters.start(cluster);
        int to = clusters.start(cluster + 1);
        String text = display.substring(from, to);
        int base = text.codePointAt(0);
        if (Character.isISOControl(base)) {
            text = " "; // a tab or stray control would move the terminal's cursor
        } else if (CellWidth.isMark(base)) {
            text = BidiLayout.DOTTED_CIRCLE + text;
        }
        if (mirror) {
            text = mirrored(text);
        }
        row.add(new Cell(text, width, offsets.toCp(from), offsets.toCp(to)));
    }

    /** Brackets and other Bidi_Mirrored characters replaced by their mirror glyph; most clusters have none. */
    private static String mirrored(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int mirror = UCharacter.getMirror(cp);
            if (mirror != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(mirror);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }
}
