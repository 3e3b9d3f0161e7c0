package mizan.text;

import com.ibm.icu.lang.UCharacter;

/**
 * The grapheme clusters of one paragraph with their widths, indexed for layout: cluster
 * {@code i} spans UTF-16 {@code [start(i), start(i + 1))}.
 */
final class ClusterTable {

    private final int[] bounds;
    private final int[] widths;
    private final boolean[] blank;
    private final boolean[] breaking;
    /** For each UTF-16 index, the first cluster starting at or after it. */
    private final int[] firstAtOrAfter;

    ClusterTable(String text) {
        bounds = Graphemes.boundaries(text);
        int count = bounds.length - 1;
        widths = new int[count];
        blank = new boolean[count];
        breaking = new boolean[count];
        firstAtOrAfter = new int[text.length() + 1];
        for (int c = 0; c < count; c++) {
            int base = text.codePointAt(bounds[c]);
            widths[c] = CellWidth.ofCluster(text, bounds[c], bounds[c + 1]);
            blank[c] = UCharacter.isUWhiteSpace(base);
            breaking[c] = base == '\n' || base == '\r' || base == 0x85 || base == 0x2028 || base == 0x2029;
            for (int u = c == 0 ? 0 : bounds[c - 1] + 1; u <= bounds[c]; u++) {
                firstAtOrAfter[u] = c;
            }
        }
        for (int u = count == 0 ? 0 : bounds[count - 1] + 1; u <= text.length(); u++) {
            firstAtOrAfter[u] = count;
        }
    }

    int count() {
        return widths.length;
    }

    /** UTF-16 start of a cluster; {@code start(count())} is the text's length. */
    int start(int cluster) {
        return bounds[cluster];
    }

    int width(int cluster) {
        return widths[cluster];
    }

    /** Whitespace: not drawn at the end of a wrapped line. */
    boolean blank(int cluster) {
        return blank[cluster];
    }

    /** A line or paragraph separator: the line must end after it. */
    boolean breaking(int cluster) {
        return breaking[cluster];
    }

    /** Index of the first cluster whose start is at or after UTF-16 index {@code utf16}. */
    int firstAtOrAfter(int utf16) {
        return firstAtOrAfter[utf16];
    }
}
