package mizan.tui;

/**
 * A key as the workbench sees it, independent of the terminal library: a printable character
 * ("p", "[", "ب"), or a named key with optional modifiers ("Left", "S-Left", "C-r", "PgDn").
 */
public record Key(String name) {

    public static Key of(String name) {
        return new Key(name);
    }

    /** A printable character typed (Arabic letters included), as opposed to a named key. */
    public boolean isChar() {
        return name.codePointCount(0, name.length()) == 1 && !Character.isISOControl(name.codePointAt(0));
    }

    @Override
    public String toString() {
        return name;
    }
}
