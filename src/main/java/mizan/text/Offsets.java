package mizan.text;

/**
 * Conversions between code-point offsets (the project's contract, Python's {@code text[start:end]})
 * and Java's UTF-16 indices. They differ as soon as the text holds a non-BMP character (an emoji).
 * For repeated lookups on one string use {@link OffsetMap}.
 */
public final class Offsets {

    private Offsets() {
    }

    /** UTF-16 index of code point {@code cp}; {@code cp} may equal the code-point count (the end). */
    public static int cpToUtf16(String s, int cp) {
        if (cp < 0) {
            throw new IndexOutOfBoundsException("code point offset " + cp + " is negative");
        }
        try {
            return s.offsetByCodePoints(0, cp);
        } catch (IndexOutOfBoundsException e) {
            throw new IndexOutOfBoundsException("code point offset " + cp + " is past the end of a text of "
                    + s.codePointCount(0, s.length()) + " code points");
        }
    }

    /** Code-point offset of UTF-16 index {@code utf16}; it must not fall inside a surrogate pair. */
    public static int utf16ToCp(String s, int utf16) {
        if (utf16 < 0 || utf16 > s.length()) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16 + " is outside a text of length " + s.length());
        }
        if (splitsPair(s, utf16)) {
            throw new IllegalArgumentException("UTF-16 index " + utf16 + " falls inside a surrogate pair");
        }
        return s.codePointCount(0, utf16);
    }

    /** Substring by code-point offsets, end-exclusive. */
    public static String substring(String s, int startCp, int endCp) {
        return s.substring(cpToUtf16(s, startCp), cpToUtf16(s, endCp));
    }

    static boolean splitsPair(String s, int utf16) {
        return utf16 > 0 && utf16 < s.length()
                && Character.isHighSurrogate(s.charAt(utf16 - 1)) && Character.isLowSurrogate(s.charAt(utf16));
    }
}
