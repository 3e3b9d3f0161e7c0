package mizan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real terminal for end-to-end tests: a detached tmux session on a private server socket,
 * typed into with send-keys and read with capture-pane (cells left to right, as drawn).
 */
public final class Tmux implements AutoCloseable {

    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final String socket;
    private final String target = "e2e";
    private final Path cwd;

    /** Starts {@code command} (a shell command line) in a new session of the given size. */
    public Tmux(Path cwd, int cols, int rows, String command) throws IOException, InterruptedException {
        this.cwd = cwd;
        this.socket = "mizan-e2e-" + ProcessHandle.current().pid() + "-" + SESSIONS.incrementAndGet();
        // Start on a shell, keep the pane after the program exits, then replace the shell by the program:
        // that way even a program that exits at once leaves its last screen to read.
        run("-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String.valueOf(cols), "-y", String.valueOf(rows),
                "-c", cwd.toString(), "sleep 600");
        run("set-option", "-t", target, "remain-on-exit", "on");
        run("respawn-pane", "-k", "-t", target, "-c", cwd.toString(), command);
    }

    public static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Sends tmux key names (PgDn, S-Left, Enter...) or single characters. */
    public void keys(String... keys) throws IOException, InterruptedException {
        for (String k : keys) {
            run("send-keys", "-t", target, k);
        }
    }

    /**
     * Sends several keys in ONE send-keys call: tmux writes them to the program in one write, as a
     * fast typist, a paste or one SSH packet delivers them. Keys are named as the workbench names
     * them; "S-Tab" is sent as tmux's "BTab" (tmux types a name it does not know letter by letter).
     */
    public void burst(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", target));
        for (String k : keys) {
            args.add(k.equals("S-Tab") ? "BTab" : k);
        }
        run(args.toArray(String[]::new));
    }

    /** Types text literally (Arabic included). */
    public void type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", target, "-l", text);
    }

    public String capture() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", target);
    }

    /** Waits until the screen satisfies {@code ok}; fails with the last screen if it never does. */
    public String waitFor(String what, Predicate<String> ok, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = capture();
        while (!ok.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + screen + diagnostics());
            }
            Thread.sleep(100);
            screen = capture();
        }
        return screen;
    }

    public String waitFor(String needle) throws IOException, InterruptedException {
        return waitFor("'" + needle + "'", s -> s.contains(needle), Duration.ofSeconds(30));
    }

    /** What the program wrote to stderr.log in its folder, if anything: the usual reason a screen never came. */
    private String diagnostics() {
        Path log = cwd.resolve("stderr.log");
        try {
            return java.nio.file.Files.exists(log) ? "\nstderr.log:\n" + java.nio.file.Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public void resize(int cols, int rows) throws IOException, InterruptedException {
        run("resize-window", "-t", target, "-x", String.valueOf(cols), "-y", String.valueOf(rows));
    }

    /** Copies everything the program writes to the terminal into a file, as raw bytes. */
    public void recordOutput(Path file) throws IOException, InterruptedException {
        run("pipe-pane", "-o", "-t", target, "cat >> " + shellQuote(file.toString()));
    }

    public boolean running() throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", target, "#{pane_dead}").strip().equals("0");
    }

    public long pid() throws IOException, InterruptedException {
        return Long.parseLong(run("display-message", "-p", "-t", target, "#{pane_pid}").strip());
    }

    public void waitForExit(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the program did not exit; the screen was:\n" + capture());
            }
            Thread.sleep(100);
        }
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
    }
}
