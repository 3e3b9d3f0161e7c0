package mizan.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An export's folder: written as a hidden {@code .partial-NAME} folder inside the exports folder,
 * renamed to {@code NAME} (a UTC timestamp) once complete, and then pointed at by the
 * {@code latest} link. A failed export removes its partial folder, so no half-written export is
 * ever left where a reader could take it for a finished one.
 */
final class ExportFolder {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path root;
    private final String name;
    private final Path work;

    private ExportFolder(Path root, String name, Path work) {
        this.root = root;
        this.name = name;
        this.work = work;
    }

    static ExportFolder create(Path root) {
        try {
            Files.createDirectories(root);
            String base = ZonedDateTime.now(ZoneOffset.UTC).format(NAME);
            for (int n = 1; ; n++) {
                String name = n == 1 ? base : base + "-" + n;
                if (Files.exists(root.resolve(name))) {
                    continue;
                }
                try {
                    return new ExportFolder(root, name, Files.createDirectory(root.resolve(".partial-" + name)));
                } catch (FileAlreadyExistsException e) {
                    // another export started this second; take the next name
                }
            }
        } catch (IOException e) {
            throw explain(e, root);
        }
    }

    String name() {
        return name;
    }

    Path work() {
        return work;
    }

    /** Moves the finished export into place and points {@code latest} at it. */
    Path commit() throws IOException {
        Path done = Files.move(work, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        Path link = root.resolve("latest");
        Path tmp = root.resolve(".latest-" + name);
        try {
            Files.createSymbolicLink(tmp, Path.of(name));
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without links: a one-line file naming the newest export does the job
            Files.deleteIfExists(tmp);
            Files.writeString(root.resolve("latest.txt"), name + "\n");
        }
        return done;
    }

    /** Removes the partial folder and everything in it. */
    void abandon() {
        try (Stream<Path> walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort: the failure being reported matters more
        }
    }

    /** A message for a file-system failure that names the folder and what to do. */
    static ExportException explain(IOException e, Path root) {
        String m = String.valueOf(e.getMessage());
        String why;
        if (m.contains("No space left") || m.contains("Disk quota")) {
            why = "the disk is full; free some space and export again";
        } else if (e instanceof AccessDeniedException || m.contains("Read-only") || m.contains("Permission denied")) {
            why = "the folder is not writable (read-only or no permission); choose another with --out DIR";
        } else {
            why = m;
        }
        return new ExportException("cannot write the export in " + root.toAbsolutePath() + ": " + why
                + " (" + e.getClass().getSimpleName() + ": " + m + "); nothing was exported", e);
    }
}
