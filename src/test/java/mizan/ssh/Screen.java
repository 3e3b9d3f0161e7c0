package mizan.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Everything a session sent to its terminal, as raw bytes, with waits on text. The renderer sends
 * only changed cells, so tests wait for text that the change itself draws, counted from a mark.
 */
final class Screen extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    /** Where the output is now; pass it to {@link #waitFor} to look only at what comes after. */
    synchronized int mark() {
        return bytes.size();
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Waits until the output after {@code mark} contains {@code needle}. */
    synchronized void waitFor(int mark, String needle, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!since(mark).contains(needle)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for '" + needle + "'; the session sent:\n" + since(mark));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private String since(int mark) {
        byte[] all = bytes.toByteArray();
        return new String(all, mark, all.length - mark, StandardCharsets.UTF_8);
    }
}
