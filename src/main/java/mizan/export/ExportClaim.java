package mizan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The claim an export puts on its folder's name while it works: a file holding the exporting
 * process's id and start time ({@code 4711 2026-11-29T16:33:27.120Z}). Another export tells a
 * killed export's leftovers from a running export's work by it: the process is gone, or the id now
 * belongs to a process that started at another time (ids are reused). A process of unknown start
 * time that holds the id counts as running, so a doubt keeps the folder rather than removing work.
 */
final class ExportClaim {

    static final String SUFFIX = ".pid";

    /** A claim caught between being made and being written is this young at most. */
    private static final Duration BEING_WRITTEN = Duration.ofMinutes(1);

    private ExportClaim() {
    }

    /** Makes the claim for this process; false when the name is already claimed. */
    static boolean take(Path file) throws IOException {
        OutputStream out;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try (out) {
            out.write(line(ProcessHandle.current()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            Files.deleteIfExists(file); // a claim that says nothing would only hold the name for a minute
            throw e;
        }
        return true;
    }

    /** What a claim file holds for {@code process}. */
    static String line(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Instant::toString).orElse("-") + "\n";
    }

    /** True while the process that made the claim still runs. */
    static boolean running(Path file) {
        String[] parts;
        try {
            parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
        } catch (IOException e) {
            return Files.exists(file); // unreadable now; not ours to judge
        }
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            return youngerThan(file, BEING_WRITTEN);
        }
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return parts.length < 2 || parts[1].equals("-") || started.isEmpty() || started.get().toString().equals(parts[1]);
    }

    private static boolean youngerThan(Path file, Duration age) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }
}
