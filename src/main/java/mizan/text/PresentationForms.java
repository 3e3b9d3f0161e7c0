package mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * The isolated, final, initial and medial presentation form of each Arabic letter, read from
 * ICU's decomposition data at class load: a character in the presentation-form blocks whose
 * compatibility decomposition is {@code <initial> 0628} is the initial form of beh. Forms that
 * decompose to more than one character (ligatures, lam-alef, harakat on a space) are left out,
 * because every form used must stand for exactly one letter and one cell.
 */
final class PresentationForms {

    static final int ISOLATED = 0;
    static final int FINAL = 1;
    static final int INITIAL = 2;
    static final int MEDIAL = 3;

    /** Letters with forms all lie in the Arabic blocks U+0600–U+08FF. */
    private static final int FIRST_LETTER = 0x0600;
    private static final int LAST_LETTER = 0x08FF;
    private static final int[][] FORMS = build();

    private PresentationForms() {
    }

    /** The presentation form of {@code letter} in position {@code form}, or 0 when there is none. */
    static int of(int letter, int form) {
        if (letter < FIRST_LETTER || letter > LAST_LETTER) {
            return 0;
        }
        int[] forms = FORMS[letter - FIRST_LETTER];
        return forms == null ? 0 : forms[form];
    }

    private static int[][] build() {
        int[][] table = new int[LAST_LETTER - FIRST_LETTER + 1][];
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        collect(table, nfkd, 0xFB50, 0xFDFF);
        collect(table, nfkd, 0xFE70, 0xFEFF);
        return table;
    }

    private static void collect(int[][] table, Normalizer2 nfkd, int from, int to) {
        for (int form = from; form <= to; form++) {
            int slot = slotOf(UCharacter.getIntPropertyValue(form, UProperty.DECOMPOSITION_TYPE));
            String decomposition = nfkd.getRawDecomposition(form);
            if (slot < 0 || decomposition == null || decomposition.codePointCount(0, decomposition.length()) != 1) {
                continue;
            }
            int letter = decomposition.codePointAt(0);
            if (letter < FIRST_LETTER || letter > LAST_LETTER) {
                continue;
            }
            int[] forms = table[letter - FIRST_LETTER];
            if (forms == null) {
                forms = table[letter - FIRST_LETTER] = new int[4];
            }
            if (forms[slot] == 0) { // keep the first (canonical-block) form when a letter has two
                forms[slot] = form;
            }
        }
    }

    private static int slotOf(int decompositionType) {
        switch (decompositionType) {
            case DecompositionType.ISOLATED: return ISOLATED;
            case DecompositionType.FINAL: return FINAL;
            case DecompositionType.INITIAL: return INITIAL;
            case DecompositionType.MEDIAL: return MEDIAL;
            default: return -1;
        }
    }
}
