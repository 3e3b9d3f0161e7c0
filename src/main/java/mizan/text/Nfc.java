package mizan.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode NFC, the canonical form of a paragraph's text. NFC puts combining marks in canonical
 * order (shadda before fatha), so the same word typed two ways compares equal and offsets agree.
 */
public final class Nfc {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Nfc() {
    }

    public static String normalize(String text) {
        return NFC.normalize(text);
    }

    public static boolean isNormalized(String text) {
        return NFC.isNormalized(text);
    }
}
