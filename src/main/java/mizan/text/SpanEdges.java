package mizan.text;

/**
 * Whether a pair of edges makes a span of a paragraph: inside the text, not empty, not begun or
 * ended on a space, and not cutting a grapheme cluster (a letter from its harakat, an emoji
 * sequence in two). The one definition the workbench, the store and imports all apply.
 */
public final class SpanEdges {

    private SpanEdges() {
    }

    /**
     * Null when {@code [startCp, endCp)} (code points, end-exclusive) is a valid span of
     * {@code text}, otherwise a short message for the annotator saying what is wrong.
     */
    public static String problem(String text, int startCp, int endCp) {
        int length = text.codePointCount(0, text.length());
        if (endCp <= startCp) {
            return "a span needs at least one letter";
        }
        if (startCp < 0 || endCp > length) {
            return "a span must lie inside the paragraph's " + length + " characters, not at "
                    + startCp + "–" + endCp;
        }
        int first = text.codePointAt(Offsets.cpToUtf16(text, startCp));
        int last = text.codePointBefore(Offsets.cpToUtf16(text, endCp));
        if (isSpace(first) || isSpace(last)) {
            return "a span cannot begin or end with a space";
        }
        if (!Graphemes.isBoundary(text, startCp) || !Graphemes.isBoundary(text, endCp)) {
            return "a span edge cannot cut a letter from its marks";
        }
        return null;
    }

    /** Breaking and no-break spaces alike: NBSP is a space to a reader, though not to isWhitespace. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
