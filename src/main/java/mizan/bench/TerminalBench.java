package mizan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The workbench as an annotator starts it: {@code mizan annotate} in a fresh JVM on a terminal
 * of fixed size (a pseudo-terminal from {@code script}), timed from launch until the screen shows
 * a paragraph, and its resident memory once it is up.
 */
final class TerminalBench {

    static final int COLS = 80;
    static final int ROWS = 24;
    /** The header's "¶ k/n" only appears once a paragraph is loaded and drawn (UTF-8 of U+00B6). */
    /** What only the paragraph screen shows: the stance panel's rule (the loading line names a ¶ too). */
    private static final byte[] SHOWN = "── stance".getBytes(StandardCharsets.UTF_8);
    private static final long GIVE_UP_SECONDS = 60;
    /** A cursor-position report request. */
    private static final String QUERY = "\033[6n";

    /** One launch: milliseconds to the first frame with a paragraph, and resident memory then (MB). */
    record Launch(double startupMs, double rssMb) { }

    private final List<String> jvmOptions;

    TerminalBench(List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    Launch launch(Path db) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ChildJvm.classPath(), "mizan.app.Main", "annotate", "--db", db.toString(),
                "--annotator", "bench"));
        String inner = "stty cols " + COLS + " rows " + ROWS + "; exec " + String.join(" ", command.stream()
                .map(TerminalBench::quote).toList());
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", inner, "/dev/null")
                .redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process script;
        try {
            script = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start script(1) for a terminal", e);
        }
        // a workbench that never shows its paragraph is ended, so that the wait below ends too
        AtomicBoolean over = new AtomicBoolean();
        CompletableFuture.delayedExecutor(GIVE_UP_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (!over.get() && script.isAlive()) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
        });
        try {
            double ms = waitShown(script.getInputStream(), script.getOutputStream(), t0);
            Optional<ProcessHandle> jvm = script.descendants().filter(TerminalBench::isJava).findFirst();
            Thread.sleep(500); // let start-up work finish: the figure is the workbench at rest
            double rss = jvm.map(TerminalBench::rssMb).orElse(Double.NaN);
            script.getOutputStream().write('q');
            script.getOutputStream().flush();
            if (!script.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the workbench did not quit on 'q'");
            }
            return new Launch(ms, rss);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            over.set(true);
            if (script.isAlive()) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
        }
    }

    /**
     * Reads the terminal output until the paragraph screen arrives; returns ms since {@code t0}.
     * Answers cursor-position queries (CSI 6n, how Lanterna measures the screen) as a terminal of
     * the fixed size would: the cursor was sent to a far corner, so it reports the bottom right.
     */
    private static double waitShown(InputStream in, OutputStream keys, long t0) throws IOException {
        StringBuilder seen = new StringBuilder();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            seen.append((char) b);
            if (seen.length() >= QUERY.length() && seen.indexOf(QUERY, seen.length() - QUERY.length()) >= 0) {
                keys.write(("\033[" + ROWS + ";" + COLS + "R").getBytes(StandardCharsets.US_ASCII));
                keys.flush();
            }
            matched = b == (SHOWN[matched] & 0xFF) ? matched + 1 : (b == (SHOWN[0] & 0xFF) ? 1 : 0);
            if (matched == SHOWN.length) {
                return (System.nanoTime() - t0) / 1e6;
            }
        }
        throw new IllegalStateException("the workbench ended before showing a paragraph; it wrote: "
                + seen.substring(Math.max(0, seen.length() - 2000)));
    }

    private static boolean isJava(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    /** VmRSS from /proc/PID/status, in MB. */
    static double rssMb(ProcessHandle p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        return Double.NaN;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
