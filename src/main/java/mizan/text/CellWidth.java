package mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns text occupies. Lanterna counts UTF-16 chars, which gives every
 * haraka its own column; these widths follow what terminals actually draw instead.
 */
public final class CellWidth {

    private static final int VARIATION_SELECTOR_16 = 0xFE0F;
    /** Layout asks for every code point of every paragraph: BMP widths are looked up once, at class load. */
    private static final byte[] BMP_WIDTHS = new byte[0x10000];

    static {
        for (int cp = 0; cp < BMP_WIDTHS.length; cp++) {
            BMP_WIDTHS[cp] = (byte) widthFromProperties(cp);
        }
    }

    private CellWidth() {
    }

    /**
     * 0 for nonspacing and enclosing marks, format characters and default-ignorables (ZWJ, ZWNJ,
     * LRM, RLM, ALM); 2 for East Asian Wide/Fullwidth and emoji presentation; else 1 (so tatweel,
     * Arabic-Indic digits and Persian letters are 1).
     */
    public static int of(int codePoint) {
        return codePoint >= 0 && codePoint < BMP_WIDTHS.length ? BMP_WIDTHS[codePoint] : widthFromProperties(codePoint);
    }

    private static int widthFromProperties(int codePoint) {
        int type = UCharacter.getType(codePoint);
        if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.FORMAT
                || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        if (eaw == EastAsianWidth.WIDE || eaw == EastAsianWidth.FULLWIDTH
                || UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI_PRESENTATION)) {
            return 2;
        }
        return 1;
    }

    /**
     * Width of one grapheme cluster as a terminal shows it: its widest code point (the base;
     * an emoji ZWJ sequence is 2). A text-style emoji followed by VS16 is drawn as emoji, so 2.
     * A cluster of marks with no base is 1, because it is shown on a placeholder; a cluster of
     * only format characters (a lone LRM) is 0 and is not drawn.
     */
    public static int ofCluster(String cluster) {
        return ofCluster(cluster, 0, cluster.length());
    }

    /** {@link #ofCluster(String)} of {@code text[from, to)}, without copying it out. */
    static int ofCluster(String text, int from, int to) {
        int widest = 0;
        boolean marksOnly = from < to;
        boolean emojiStyle = false;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            widest = Math.max(widest, of(cp));
            marksOnly &= isMark(cp);
            emojiStyle |= cp == VARIATION_SELECTOR_16 && i > from;
            i += Character.charCount(cp);
        }
        if (widest == 1 && emojiStyle && UCharacter.hasBinaryProperty(text.codePointAt(from), UProperty.EMOJI)) {
            return 2;
        }
        return marksOnly ? 1 : widest;
    }

    /** Total width of a string: the sum over its grapheme clusters. */
    public static int of(String s) {
        int[] b = Graphemes.boundaries(s);
        int total = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            total += ofCluster(s.substring(b[i], b[i + 1]));
        }
        return total;
    }

    static boolean isMark(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.COMBINING_SPACING_MARK;
    }
}
