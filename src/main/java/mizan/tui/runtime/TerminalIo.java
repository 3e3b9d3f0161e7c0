package mizan.tui.runtime;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * What the runtime needs from a terminal: keys in, bytes out, the size and its changes. A local
 * terminal and an SSH channel both provide it.
 */
public interface TerminalIo extends AutoCloseable {

    /** Blocks for the next key; null or an EOF key stroke when the input has closed. */
    KeyStroke readInput() throws IOException;

    TerminalSize size() throws IOException;

    void onResize(Consumer<TerminalSize> listener);

    /** Writes bytes as they are (already UTF-8) and flushes. */
    void write(byte[] bytes) throws IOException;

    /** Colours the terminal shows: 256, or 8 (from TERM and COLORTERM, as the terminal reported them). */
    default int colours() {
        return mizan.tui.EntityStyles.coloursOf(System.getenv("TERM"), System.getenv("COLORTERM"));
    }

    @Override
    void close() throws IOException;
}
