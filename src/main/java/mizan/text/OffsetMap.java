package mizan.text;

/**
 * Code point ↔ UTF-16 offsets for one string, precomputed so each lookup is O(1). Built once per
 * paragraph for layout and span drawing, where the same conversions are made per cell.
 */
public final class OffsetMap {

    private final String text;
    private final int[] utf16OfCp;
    private final int[] cpOfUtf16;

    public OffsetMap(String text) {
        this.text = text;
        int cpCount = text.codePointCount(0, text.length());
        utf16OfCp = new int[cpCount + 1];
        cpOfUtf16 = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            utf16OfCp[cp] = i;
            int units = Character.charCount(text.codePointAt(i));
            cpOfUtf16[i] = cp;
            if (units == 2) {
                cpOfUtf16[i + 1] = -1; // inside a surrogate pair: no code point starts here
            }
            i += units;
        }
        utf16OfCp[cpCount] = text.length();
        cpOfUtf16[text.length()] = cpCount;
    }

    public String text() {
        return text;
    }

    public int cpCount() {
        return utf16OfCp.length - 1;
    }

    public int toUtf16(int cp) {
        return utf16OfCp[cp];
    }

    /** Code-point offset of a UTF-16 index; -1 when the index falls inside a surrogate pair. */
    public int toCp(int utf16) {
        return cpOfUtf16[utf16];
    }

    /** Substring by code-point offsets, end-exclusive. */
    public String substring(int startCp, int endCp) {
        return text.substring(utf16OfCp[startCp], utf16OfCp[endCp]);
    }
}
