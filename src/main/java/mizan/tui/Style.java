package mizan.tui;

/**
 * How a cell is drawn: foreground and background colour and attributes. Golden screens show it
 * as one letter per cell ({@link #code()}), so a reviewer can read colours in a plain-text diff.
 */
public record Style(Color fg, Color bg, boolean bold, boolean dim, boolean reverse, boolean underline) {

    /** The eight ANSI colours and the terminal's default. */
    public enum Color { DEFAULT, BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE;

        public static Color parse(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public static final Style PLAIN = new Style(Color.DEFAULT, Color.DEFAULT, false, false, false, false);
    public static final Style DIM = PLAIN.withDim();
    public static final Style BOLD = new Style(Color.DEFAULT, Color.DEFAULT, true, false, false, false);
    public static final Style REVERSE = new Style(Color.DEFAULT, Color.DEFAULT, false, false, true, false);

    public static Style fg(Color c) {
        return new Style(c, Color.DEFAULT, false, false, false, false);
    }

    public Style withDim() {
        return new Style(fg, bg, bold, true, reverse, underline);
    }

    public Style withBold() {
        return new Style(fg, bg, true, dim, reverse, underline);
    }

    public Style withReverse() {
        return new Style(fg, bg, bold, dim, true, underline);
    }

    public Style withUnderline() {
        return new Style(fg, bg, bold, dim, reverse, true);
    }

    public Style withFg(Color c) {
        return new Style(c, bg, bold, dim, reverse, underline);
    }

    /**
     * One letter for golden screens: '.' plain, 'd' dim, 'b' bold, 'r' reverse, 'u' underline, the
     * colour's initial in upper case for a coloured foreground (R G Y B M C W K), and '#' for a
     * coloured foreground combined with reverse or underline.
     */
    public char code() {
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
        return dim ? 'd' : '.';
    }
}
