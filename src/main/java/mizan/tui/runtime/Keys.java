package mizan.tui.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import mizan.tui.Key;

/** Turns Lanterna's key strokes into the workbench's {@link Key}s. */
public final class Keys {

    private Keys() {
    }

    /** The key, or null for strokes the workbench ignores. EOF becomes "EOF". */
    public static Key from(KeyStroke ks) {
        if (ks == null) {
            return Key.of("EOF");
        }
        String mods = (ks.isCtrlDown() ? "C-" : "") + (ks.isAltDown() ? "M-" : "") + (ks.isShiftDown() ? "S-" : "");
        String name = switch (ks.getKeyType()) {
            case Character -> {
                char c = ks.getCharacter();
                String ch = ks.isCtrlDown() ? String.valueOf(Character.toLowerCase(c)) : String.valueOf(c);
                yield (ks.isCtrlDown() ? "C-" : "") + (ks.isAltDown() ? "M-" : "") + ch;
            }
            case ArrowLeft -> mods + "Left";
            case ArrowRight -> mods + "Right";
            case ArrowUp -> mods + "Up";
            case ArrowDown -> mods + "Down";
            case Tab -> "Tab";
            case ReverseTab -> "S-Tab";
            case Enter -> "Enter";
            case Escape -> "Esc";
            case Backspace -> "Backspace";
            case Delete -> "Delete";
            case PageDown -> "PgDn";
            case PageUp -> "PgUp";
            case Home -> "Home";
            case End -> "End";
            case EOF -> "EOF";
            default -> null;
        };
        return name == null ? null : Key.of(name);
    }
}
