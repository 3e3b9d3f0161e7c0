package mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;

/**
 * Length-preserving contextual shaping for terminals that draw every Arabic letter isolated.
 *
 * <p>Each letter is replaced by its isolated, initial, medial or final presentation form, chosen
 * from its own joining type and that of its neighbours. Harakat (joining type T) are skipped over
 * when looking for neighbours, so they neither break joining nor change; lam followed by alef
 * stays two letters (no ligature), so every letter keeps its own cell. Letters without a
 * presentation form, and everything that is not a letter, are left as they are. The output has
 * the same UTF-16 length and code-point count as the input, so offsets computed on the logical
 * text address the shaped text too. ICU's {@code ArabicShaping} is not used: it makes lam-alef
 * ligatures and spacing harakat, which change lengths.
 *
 * <p>Shape a whole paragraph in logical order, before any reordering, so joining sees context.
 */
public final class ArabicShaper {

    /** Shaping runs on every layout: BMP joining types are looked up once, at class load. */
    private static final byte[] BMP_JOINING_TYPES = new byte[0x10000];

    static {
        for (int cp = 0; cp < BMP_JOINING_TYPES.length; cp++) {
            BMP_JOINING_TYPES[cp] = (byte) UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
        }
    }

    private ArabicShaper() {
    }

    public static String shape(String text) {
        int[] cps = text.codePoints().toArray();
        int[] types = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
            types[i] = joiningType(cps[i]);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            out.appendCodePoint(shapedAt(cps, types, i));
        }
        return out.toString();
    }

    private static int shapedAt(int[] cps, int[] types, int i) {
        int type = types[i];
        if (type == JoiningType.NON_JOINING || type == JoiningType.TRANSPARENT || type == JoiningType.JOIN_CAUSING) {
            return cps[i];
        }
        int before = neighbourType(types, i, -1);
        int after = neighbourType(types, i, +1);
        boolean joinsBefore = joinsForward(before) && joinsBackward(type);
        boolean joinsAfter = joinsForward(type) && joinsBackward(after);
        int form = joinsBefore
                ? (joinsAfter ? PresentationForms.MEDIAL : PresentationForms.FINAL)
                : (joinsAfter ? PresentationForms.INITIAL : PresentationForms.ISOLATED);
        int shaped = PresentationForms.of(cps[i], form);
        if (shaped == 0) { // a missing medial reads best as final, a missing initial as isolated
            int fallback = form == PresentationForms.MEDIAL ? PresentationForms.FINAL
                    : form == PresentationForms.INITIAL ? PresentationForms.ISOLATED : -1;
            shaped = fallback < 0 ? 0 : PresentationForms.of(cps[i], fallback);
        }
        return shaped == 0 ? cps[i] : shaped;
    }

    private static int joiningType(int cp) {
        return cp < BMP_JOINING_TYPES.length ? BMP_JOINING_TYPES[cp] : UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }

    /** Joining type of the nearest non-transparent character in direction {@code step}. */
    private static int neighbourType(int[] types, int i, int step) {
        for (int j = i + step; j >= 0 && j < types.length; j += step) {
            if (types[j] != JoiningType.TRANSPARENT) {
                return types[j];
            }
        }
        return JoiningType.NON_JOINING;
    }

    /** Can join to the character that follows it in logical order (to its left in Arabic). */
    private static boolean joinsForward(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.LEFT_JOINING || type == JoiningType.JOIN_CAUSING;
    }

    /** Can join to the character that precedes it in logical order (to its right in Arabic). */
    private static boolean joinsBackward(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.RIGHT_JOINING || type == JoiningType.JOIN_CAUSING;
    }
}
