package mizan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on this program's own class path ({@code java -cp <this jar> ...}), its standard
 * error kept in a file so that a failure can say why.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path errors;

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** Starts {@code mainClass} with the given JVM options and arguments. */
    static ChildJvm start(Path work, List<String> jvmOptions, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath(), mainClass));
        cmd.addAll(List.of(args));
        try {
            Path errors = Files.createTempFile(work, "child-", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
            return new ChildJvm(p, errors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", cmd), e);
        }
    }

    /** Runs a {@link Probe} to the end and returns the last line it printed. */
    static String probe(Path work, List<String> jvmOptions, String... args) {
        return run(work, jvmOptions, Probe.class.getName(), args);
    }

    /** Runs {@code mainClass} to the end and returns the last line it printed. */
    static String run(Path work, List<String> jvmOptions, String mainClass, String... args) {
        try (ChildJvm child = start(work, jvmOptions, mainClass, args)) {
            String last = null;
            for (String line = child.readLine(); line != null; line = child.readLine()) {
                last = line;
            }
            child.awaitExit();
            return last;
        }
    }

    /** The next line of standard output; a child that ended without one is reported with its errors. */
    String readLine() {
        try {
            return out.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String expectLine() {
        String line = readLine();
        if (line == null) {
            throw failure("ended early");
        }
        return line;
    }

    void send(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitExit() {
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw failure("failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted");
        }
    }

    private IllegalStateException failure(String what) {
        String why;
        try {
            why = Files.readString(errors).strip();
        } catch (IOException e) {
            why = "(no error output)";
        }
        return new IllegalStateException("a benchmark child process " + what + ": " + why);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            Files.deleteIfExists(errors);
        } catch (IOException e) {
            // a stray log in the benchmark's temporary folder, removed with it
        }
    }
}
