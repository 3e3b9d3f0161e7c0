package mizan.app;

import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal and at most 10 times a second. */
final class ProgressBar {

    private final PrintStream err;
    private final boolean enabled;
    private final String label;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(String label) {
        this.err = System.err;
        this.enabled = Tty.isTerminal(2);
        this.label = label;
    }

    void update(long done, long total, String current) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = (int) (width * done / total);
        String name = current == null ? "" : current;
        if (name.length() > 36) {
            name = "…" + name.substring(name.length() - 35);
        }
        err.printf("\r%s [%s%s] %d/%d %3d%% %-36s", label, "#".repeat(filled), "-".repeat(width - filled), done, total,
                100 * done / total, name);
        err.flush();
        drawn = true;
    }

    void finish() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
