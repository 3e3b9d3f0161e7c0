package mizan.tui.runtime;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/** An 80×24 terminal whose keys a test types, several at once if it likes; what is drawn is thrown away. */
final class ScriptedTerminal implements TerminalIo {

    private final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();

    /** Types keys by the workbench's names ("1", "PgDn", "S-Left", "C-r"), all at once. */
    void type(List<String> names) {
        for (String n : names) {
            keys.add(stroke(n));
        }
    }

    static KeyStroke stroke(String n) {
        return switch (n) {
            case "Tab" -> new KeyStroke(KeyType.Tab);
            case "S-Tab" -> new KeyStroke(KeyType.ReverseTab);
            case "PgDn" -> new KeyStroke(KeyType.PageDown);
            case "PgUp" -> new KeyStroke(KeyType.PageUp);
            case "Left" -> new KeyStroke(KeyType.ArrowLeft);
            case "Right" -> new KeyStroke(KeyType.ArrowRight);
            case "S-Left" -> new KeyStroke(KeyType.ArrowLeft, false, false, true);
            case "S-Right" -> new KeyStroke(KeyType.ArrowRight, false, false, true);
            case "Enter" -> new KeyStroke(KeyType.Enter);
            case "Esc" -> new KeyStroke(KeyType.Escape);
            case "Backspace" -> new KeyStroke(KeyType.Backspace);
            case "C-r" -> new KeyStroke('r', true, false);
            default -> new KeyStroke(n.charAt(0), false, false);
        };
    }

    @Override
    public KeyStroke readInput() throws java.io.IOException {
        try {
            return keys.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public TerminalSize size() {
        return new TerminalSize(80, 24);
    }

    @Override
    public void onResize(Consumer<TerminalSize> listener) {
        // a fixed size
    }

    @Override
    public void write(byte[] bytes) {
        // the screen is the state's business here; tests read the database
    }

    @Override
    public int colours() {
        return 256;
    }

    @Override
    public void close() {
        // nothing to give back
    }
}
