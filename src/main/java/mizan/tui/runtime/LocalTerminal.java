package mizan.tui.runtime;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The terminal mizan was started in. Lanterna puts it in raw mode, decodes keys and reports
 * resizes; output bypasses Lanterna's character-by-character encoder (which corrupts non-ASCII,
 * DESIGN fact 2) and goes to the file descriptor as the UTF-8 bytes the renderer made.
 */
public final class LocalTerminal implements TerminalIo {

    private final UnixTerminal terminal;
    private final OutputStream out = new FileOutputStream(FileDescriptor.out);

    public LocalTerminal() throws IOException {
        this.terminal = new UnixTerminal(System.in, System.out, StandardCharsets.UTF_8,
                UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    @Override
    public KeyStroke readInput() throws IOException {
        return terminal.readInput();
    }

    @Override
    public TerminalSize size() throws IOException {
        return terminal.getTerminalSize();
    }

    @Override
    public void onResize(Consumer<TerminalSize> listener) {
        terminal.addResizeListener((t, size) -> listener.accept(size));
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
