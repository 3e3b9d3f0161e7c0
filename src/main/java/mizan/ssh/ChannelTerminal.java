package mizan.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import mizan.text.BidiLayout;
import mizan.tui.runtime.TerminalIo;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The terminal at the far end of one SSH session channel. The client's terminal is already in raw
 * mode, so keys arrive as the bytes it sends and Lanterna's decoder turns them into key strokes,
 * exactly as for a local terminal. The size comes from the pty request and from window-change
 * requests. Output goes to the channel as the renderer's UTF-8 bytes, untouched.
 */
final class ChannelTerminal implements TerminalIo {

    /** Used when a client sends a pty request without a size (some send 0x0 when not on a terminal). */
    static final TerminalSize FALLBACK = new TerminalSize(80, 24);
    static final String BIDI_VARIABLE = "MIZAN_BIDI";
    static final String APP_VARIABLE = "MIZAN_APP";

    private final InputStream in;
    private final OutputStream out;
    private final Environment env;
    private final InputDecoder decoder;
    private final List<Consumer<TerminalSize>> listeners = new CopyOnWriteArrayList<>();
    private volatile long lastInputMillis = System.currentTimeMillis();
    private volatile boolean closed;

    ChannelTerminal(InputStream in, OutputStream out, Environment env) {
        this.in = in;
        this.out = out;
        this.env = env;
        this.decoder = new InputDecoder(new InputStreamReader(new CrToLf(in), StandardCharsets.UTF_8));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        env.addSignalListener((channel, signal) -> {
            TerminalSize size = size();
            listeners.forEach(l -> l.accept(size));
        }, Signal.WINCH);
    }

    @Override
    public KeyStroke readInput() throws IOException {
        if (closed) {
            return new KeyStroke(KeyType.EOF);
        }
        KeyStroke k = decoder.getNextCharacter(true);
        lastInputMillis = System.currentTimeMillis();
        return k;
    }

    /** The app the client asked for with {@code ssh -o SetEnv=MIZAN_APP=annotate}, if any. */
    /** Colours the client's terminal shows, from the TERM its pty request named (COLORTERM seldom crosses SSH). */
    @Override
    public int colours() {
        return mizan.tui.EntityStyles.coloursOf(env.getEnv().get(Environment.ENV_TERM), env.getEnv().get("COLORTERM"));
    }

    Optional<String> requestedApp() {
        String v = env.getEnv().get(APP_VARIABLE);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The layout the client asked for with {@code ssh -o SetEnv=MIZAN_BIDI=terminal} (or app, or
     * app-unshaped), as {@code mizan annotate --bidi} would be told locally; empty when it asked for none.
     */
    Optional<BidiLayout.Mode> requestedBidi() {
        String v = env.getEnv().get(BIDI_VARIABLE);
        if (v == null) {
            return Optional.empty();
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "app" -> Optional.of(BidiLayout.Mode.APP);
            case "app-unshaped" -> Optional.of(BidiLayout.Mode.APP_UNSHAPED);
            case "terminal" -> Optional.of(BidiLayout.Mode.TERMINAL);
            default -> Optional.empty();
        };
    }

    /** When the annotator last pressed a key (or connected): what the idle timeout measures. */
    long lastInputMillis() {
        return lastInputMillis;
    }

    @Override
    public TerminalSize size() {
        return sizeOf(env.getEnv());
    }

    static TerminalSize sizeOf(Map<String, String> env) {
        int cols = number(env.get(Environment.ENV_COLUMNS));
        int rows = number(env.get(Environment.ENV_LINES));
        return cols > 0 && rows > 0 ? new TerminalSize(cols, rows) : FALLBACK;
    }

    private static int number(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void onResize(Consumer<TerminalSize> listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        if (closed) {
            throw new IOException("the SSH channel is closed");
        }
        out.write(bytes);
        out.flush();
    }

    /**
     * A client in raw mode sends CR for Enter. A local terminal's line discipline turns it into LF
     * (ICRNL) before Lanterna sees it; over SSH there is no line discipline, and Lanterna's decoder,
     * waiting to see whether CR starts a longer sequence, drops the CR and the key after it. So the
     * translation the kernel would make is made here.
     */
    static final class CrToLf extends FilterInputStream {

        CrToLf(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b == '\r' ? '\n' : b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\r') {
                    buf[i] = '\n';
                }
            }
            return n;
        }
    }

    /** Ends the key reader too: closing the input makes a blocked read fail, which the runtime takes as EOF. */
    @Override
    public void close() throws IOException {
        closed = true;
        in.close();
    }
}
