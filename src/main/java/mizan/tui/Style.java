package mizan.tui;

/**
 * How a cell is drawn: foreground and background colour and attributes. Golden screens show it
 * as one letter per cell ({@link #code()}), so a reviewer can read colours in a plain-text diff.
 *
 * <p>The foreground is one of the eight ANSI colours ({@code fg}) and, optionally, an index into
 * the xterm 256-colour palette ({@code fg256}, or {@link #NO_256} for none). A 256-colour
 * terminal draws {@code fg256} when there is one; an 8-colour terminal always draws {@code fg},
 * which is then the 256-colour index's stand-in: a style with an index never has a default
 * {@code fg} (the constructor puts the index's {@link #nearest nearest} ANSI colour there).
 */
public record Style(Color fg, int fg256, Color bg, boolean bold, boolean dim, boolean italic, boolean reverse,
                    boolean underline) {

    /** The eight ANSI colours and the terminal's default. */
    public enum Color { DEFAULT, BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE;

        public static Color parse(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** No 256-colour foreground: the cell's foreground is {@code fg} on every terminal. */
    public static final int NO_256 = -1;

    public static final Style PLAIN = new Style(Color.DEFAULT, Color.DEFAULT, false, false, false, false);
    public static final Style DIM = PLAIN.withDim();
    public static final Style BOLD = new Style(Color.DEFAULT, Color.DEFAULT, true, false, false, false);
    public static final Style REVERSE = new Style(Color.DEFAULT, Color.DEFAULT, false, false, true, false);

    public Style {
        if (fg256 < NO_256 || fg256 > 255) {
            throw new IllegalArgumentException("256-colour index " + fg256 + " is out of range: use 0–255, or "
                    + "Style.NO_256 for none");
        }
        if (fg256 != NO_256 && fg == Color.DEFAULT) {
            fg = nearest(fg256);
        }
    }

    /** An 8-colour style without italic, as styles were before the 256-colour foreground. */
    public Style(Color fg, Color bg, boolean bold, boolean dim, boolean reverse, boolean underline) {
        this(fg, NO_256, bg, bold, dim, false, reverse, underline);
    }

    public static Style fg(Color c) {
        return new Style(c, Color.DEFAULT, false, false, false, false);
    }

    /** A 256-colour foreground; 8-colour terminals draw {@code fallback} instead. */
    public static Style fg256(int index, Color fallback) {
        return new Style(fallback, index, Color.DEFAULT, false, false, false, false, false);
    }

    public Style withDim() {
        return new Style(fg, fg256, bg, bold, true, italic, reverse, underline);
    }

    public Style withBold() {
        return new Style(fg, fg256, bg, true, dim, italic, reverse, underline);
    }

    public Style withItalic() {
        return new Style(fg, fg256, bg, bold, dim, true, reverse, underline);
    }

    public Style withReverse() {
        return new Style(fg, fg256, bg, bold, dim, italic, true, underline);
    }

    public Style withUnderline() {
        return new Style(fg, fg256, bg, bold, dim, italic, reverse, true);
    }

    /** An 8-colour foreground; it replaces a 256-colour one too. */
    /** The same look on a coloured background: how a search hit is marked. */
    public Style withBg(Color c) {
        return new Style(fg, fg256, c, bold, dim, italic, reverse, underline);
    }

    public Style withFg(Color c) {
        return new Style(c, NO_256, bg, bold, dim, italic, reverse, underline);
    }

    /**
     * One letter for golden screens: '.' plain, 'd' dim, 'b' bold, 'i' italic, 'r' reverse,
     * 'u' underline, the colour's initial in upper case for a coloured foreground (R G Y B M C W K),
     * and '#' for a coloured foreground combined with reverse or underline. A 256-colour foreground
     * shows the initial of its 8-colour stand-in {@code fg}, so a screen reads the same at both
     * depths; bold and italic don't change a coloured cell's letter.
     */
    public char code() {
        if (bg != Color.DEFAULT) {
            return 'h';
        }
        if (fg != Color.DEFAULT) {
            if (reverse || underline) {
                return '#';
            }
            return fg == Color.BLACK ? 'K' : fg.name().charAt(0);
        }
        if (reverse) {
            return 'r';
        }
        if (underline) {
            return 'u';
        }
        if (bold) {
            return 'b';
        }
        if (italic) {
            return 'i';
        }
        return dim ? 'd' : '.';
    }

    /**
     * The ANSI colour closest in hue to a 256-colour index: indices 0–15 are the ANSI colours and
     * their bright forms; greys and nearly grey colours of the 6×6×6 cube become black or white by
     * lightness; any other colour takes the ANSI hue nearest to its own (red 0°, yellow 60°,
     * green 120°, cyan 180°, blue 240°, magenta 300°).
     */
    public static Color nearest(int index) {
        if (index < 16) {
            return Color.values()[1 + index % 8];
        }
        int[] c = rgb(index);
        int max = Math.max(c[0], Math.max(c[1], c[2]));
        int min = Math.min(c[0], Math.min(c[1], c[2]));
        int chroma = max - min;
        if (chroma < 48) {
            return max + min < 255 ? Color.BLACK : Color.WHITE;
        }
        double h;
        if (max == c[0]) {
            h = (double) (c[1] - c[2]) / chroma;
            if (h < 0) {
                h += 6;
            }
        } else if (max == c[1]) {
            h = (double) (c[2] - c[0]) / chroma + 2;
        } else {
            h = (double) (c[0] - c[1]) / chroma + 4;
        }
        Color[] hues = {Color.RED, Color.YELLOW, Color.GREEN, Color.CYAN, Color.BLUE, Color.MAGENTA};
        return hues[(int) Math.round(h) % 6];
    }

    /** The red, green and blue (0–255) xterm gives a 256-colour index. */
    static int[] rgb(int index) {
        if (index < 16) {
            int v = index < 8 ? 205 : 255;
            int[] c = {(index & 1) * v, (index >> 1 & 1) * v, (index >> 2 & 1) * v};
            if (index == 4) {
                c[2] = 238;
            } else if (index == 7) {
                c = new int[]{229, 229, 229};
            } else if (index == 8) {
                c = new int[]{127, 127, 127};
            } else if (index == 12) {
                c = new int[]{92, 92, 255};
            }
            return c;
        }
        if (index >= 232) {
            int g = 8 + 10 * (index - 232);
            return new int[]{g, g, g};
        }
        int[] levels = {0, 95, 135, 175, 215, 255};
        int i = index - 16;
        return new int[]{levels[i / 36], levels[i / 6 % 6], levels[i % 6]};
    }
}
