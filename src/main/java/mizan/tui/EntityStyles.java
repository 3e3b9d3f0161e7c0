package mizan.tui;

import mizan.model.LabelScheme;
import mizan.tui.Style.Color;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The look of each entity type of a label scheme, such that no two types of the scheme look alike
 * and none looks like untagged text (the terminal's default colour, plain).
 *
 * <p>A look is a colour and a weight. Underline and reverse are not used to tell types apart:
 * claims are underlined and the cursor is reverse video, and a type must stay recognisable under
 * both. Dim is not used either: the view dims context paragraphs and boilerplate.
 *
 * <p>The scheme's {@code color} for a type names a family of looks. The first type (in scheme
 * order) of a colour gets the family's first look, the next type of that colour the family's
 * next, and so on. White and black have no family (white is what untagged text looks like on a
 * dark terminal, and each is unreadable on one of the two backgrounds): types of those colours,
 * and types whose family has run out, take the first look no type has, from a list of spares.
 * Types with a family are served before spares are handed out, so where a white type sits in the
 * scheme never changes another type's look.
 *
 * <ul>
 * <li>256 colours: families of xterm-256 indices, each readable on black and on white (contrast
 *     at least 3:1 against both) and apart from the others by a CIE76 ΔE of at least 18 (23 among
 *     the looks of the default scheme): red 160 202 197, yellow 136 100, green 28 29,
 *     cyan 30 25 31, blue 33 99 104, magenta 127 199 171; spares 130 58 131 132 93 97. Once all
 *     22 colours are taken they come round again in bold, then italic, then bold italic.
 * <li>8 colours: the family of a colour is that colour plain, bold, italic, then bold italic; the
 *     spares are the six colours (red green yellow blue magenta cyan) plain, then bold, and so on.
 *     The default scheme's twelve types fill all six colours plain and bold.
 * </ul>
 * A scheme with more types than looks (more than 88, or 24 at 8 colours) repeats them.
 */
public final class EntityStyles {

    private static final Color[] HUES = {Color.RED, Color.GREEN, Color.YELLOW, Color.BLUE, Color.MAGENTA, Color.CYAN};

    /** The 256-colour palette: spares first, then each hue's family in {@link #HUES} order. */
    private static final int[] PALETTE = {130, 58, 131, 132, 93, 97,
        160, 202, 197, 28, 29, 136, 100, 33, 99, 104, 127, 199, 171, 30, 25, 31};
    private static final int SPARES = 6;
    private static final int[] FAMILY_SIZE = {3, 2, 2, 3, 3, 3};

    /** Bold, then italic, then both: how the palette is stretched once its colours are all taken. */
    private static final int RUNGS = 4;

    /** A type the scheme does not define (a span from an older scheme): no colour, bold italic. */
    static final Style UNKNOWN = Style.BOLD.withItalic();

    private static final Set<String> KNOWN_256 = Set.of("xterm-kitty", "alacritty", "foot", "wezterm", "xterm-ghostty");

    private EntityStyles() {
    }

    /**
     * The look of an entity type.
     *
     * @param colours 8 or 256: what the terminal can show (see {@link #coloursOf})
     */
    public static Style of(LabelScheme scheme, String type, int colours) {
        if (colours != 8 && colours != 256) {
            throw new IllegalArgumentException("colours must be 8 or 256, not " + colours);
        }
        List<LabelScheme.LabelDef> types = scheme.entityTypes();
        int i = scheme.entityTypeIds().indexOf(type);
        if (i < 0) {
            return UNKNOWN;
        }
        int slot8 = slots(types, HUES.length, EntityStyles::family8)[i];
        Style eight = rung(Style.fg(HUES[slot8 % HUES.length]), slot8 / HUES.length);
        if (colours == 8) {
            return eight;
        }
        int slot = slots(types, PALETTE.length, EntityStyles::family256)[i];
        return rung(Style.fg256(PALETTE[slot % PALETTE.length], eight.fg()), slot / PALETTE.length);
    }

    /**
     * How many colours a terminal shows, from its {@code TERM} and {@code COLORTERM}: 256 for a
     * TERM naming 256 colours (xterm-256color, screen-256color, tmux-256color …) or direct colour,
     * for terminals known to have them whatever their TERM says (kitty, alacritty, foot, wezterm,
     * ghostty), and when COLORTERM is truecolor or 24bit; else 8. No TERM, or "dumb", is 8.
     */
    public static int coloursOf(String term, String colorterm) {
        if (term == null || term.isBlank() || term.equals("dumb")) {
            return 8;
        }
        String t = term.toLowerCase(Locale.ROOT);
        String c = colorterm == null ? "" : colorterm.toLowerCase(Locale.ROOT);
        boolean many = t.contains("256color") || t.endsWith("-direct") || KNOWN_256.contains(t)
                || c.equals("truecolor") || c.equals("24bit");
        return many ? 256 : 8;
    }

    /** What distinguishes the nth round of a palette: 0 plain, 1 bold, 2 italic, 3 bold italic. */
    private static Style rung(Style s, int n) {
        Style r = n % 2 == 1 ? s.withBold() : s;
        return n % RUNGS >= 2 ? r.withItalic() : r;
    }

    /** The family slots of a colour at 8 colours: the colour plain, bold, italic, bold italic. */
    private static int[] family8(Color c) {
        int h = hue(c);
        if (h < 0) {
            return new int[0];
        }
        int[] f = new int[RUNGS];
        for (int r = 0; r < RUNGS; r++) {
            f[r] = h + r * HUES.length;
        }
        return f;
    }

    /** The family slots of a colour at 256 colours: its palette entries. */
    private static int[] family256(Color c) {
        int h = hue(c);
        if (h < 0) {
            return new int[0];
        }
        int start = SPARES;
        for (int i = 0; i < h; i++) {
            start += FAMILY_SIZE[i];
        }
        int[] f = new int[FAMILY_SIZE[h]];
        for (int i = 0; i < f.length; i++) {
            f[i] = start + i;
        }
        return f;
    }

    private static int hue(Color c) {
        for (int i = 0; i < HUES.length; i++) {
            if (HUES[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Gives each type a slot: slot s is palette entry {@code s % size} at rung {@code s / size}.
     * Types take their family's first free slot; the rest, in scheme order, the lowest free slot.
     */
    private static int[] slots(List<LabelScheme.LabelDef> types, int size,
                               Function<Color, int[]> family) {
        int total = size * RUNGS;
        boolean[] taken = new boolean[total];
        int[] slot = new int[types.size()];
        Arrays.fill(slot, -1);
        for (int t = 0; t < types.size(); t++) {
            for (int s : family.apply(Color.parse(types.get(t).color()))) {
                if (!taken[s]) {
                    taken[s] = true;
                    slot[t] = s;
                    break;
                }
            }
        }
        int next = 0;
        int overflow = 0;
        for (int t = 0; t < types.size(); t++) {
            if (slot[t] >= 0) {
                continue;
            }
            while (next < total && taken[next]) {
                next++;
            }
            if (next < total) {
                taken[next] = true;
                slot[t] = next;
            } else {
                slot[t] = overflow++ % total;
            }
        }
        return slot;
    }
}
