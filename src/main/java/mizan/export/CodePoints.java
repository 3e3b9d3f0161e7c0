package mizan.export;

/**
 * Code-point slicing for exports, done here rather than through the UTF-16 helpers so that the
 * self-check compares two independent computations of every span's text.
 */
final class CodePoints {

    private CodePoints() {
    }

    /** UTF-16 index of each code point, plus the length at the end. */
    static int[] starts(String text) {
        int n = text.codePointCount(0, text.length());
        int[] out = new int[n + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            out[cp++] = i;
        }
        out[n] = text.length();
        return out;
    }

    /** {@code text[start:end]} in code points, or null when the range does not fit the text. */
    static String slice(String text, int[] starts, int start, int end) {
        if (start < 0 || end > starts.length - 1 || start >= end) {
            return null;
        }
        return text.substring(starts[start], starts[end]);
    }

    static int count(String s) {
        return s.codePointCount(0, s.length());
    }
}
