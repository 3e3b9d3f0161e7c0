package mizan.text;

import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grapheme clusters (user-perceived characters): a letter with its harakat, an emoji ZWJ
 * sequence, a base with a variation selector. Span edges and the cursor move by cluster so a
 * letter is never split from its marks.
 */
public final class Graphemes {

    /** BreakIterators are stateful and costly to build: one per thread, reused. */
    private static final ThreadLocal<BreakIterator> CHARACTERS =
            ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

    private Graphemes() {
    }

    /** Cluster boundaries as UTF-16 indices, ascending, including 0 and {@code s.length()}. */
    public static int[] boundaries(String s) {
        if (s.isEmpty()) {
            return new int[] {0};
        }
        BreakIterator it = CHARACTERS.get();
        it.setText(s);
        int[] out = new int[s.length() + 1];
        int n = 0;
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out[n++] = b;
        }
        return Arrays.copyOf(out, n);
    }

    public static List<String> clusters(String s) {
        int[] b = boundaries(s);
        List<String> out = new ArrayList<>(b.length - 1);
        for (int i = 0; i + 1 < b.length; i++) {
            out.add(s.substring(b[i], b[i + 1]));
        }
        return out;
    }

    /** The first cluster boundary after {@code cpOffset} (code points), or the length when at the end. */
    public static int nextBoundary(String s, int cpOffset) {
        int utf16 = Offsets.cpToUtf16(s, cpOffset);
        if (utf16 >= s.length()) {
            return Offsets.utf16ToCp(s, s.length());
        }
        BreakIterator it = CHARACTERS.get();
        it.setText(s);
        return Offsets.utf16ToCp(s, it.following(utf16));
    }

    /** The last cluster boundary before {@code cpOffset} (code points), or 0 when at the start. */
    public static int previousBoundary(String s, int cpOffset) {
        int utf16 = Offsets.cpToUtf16(s, cpOffset);
        if (utf16 == 0) {
            return 0;
        }
        BreakIterator it = CHARACTERS.get();
        it.setText(s);
        return Offsets.utf16ToCp(s, it.preceding(utf16));
    }

    /** Whether a span edge may sit at {@code cpOffset}: true at 0, at the end, and between clusters. */
    public static boolean isBoundary(String s, int cpOffset) {
        int utf16 = Offsets.cpToUtf16(s, cpOffset);
        BreakIterator it = CHARACTERS.get();
        it.setText(s);
        return it.isBoundary(utf16);
    }
}
