package mizan.export;

import mizan.model.FileProblem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An export's folder: written as a hidden {@code .partial-NAME} folder inside the exports folder,
 * renamed to {@code NAME} (a UTC timestamp) once complete, and then pointed at by the
 * {@code latest} link. A failed export removes its partial folder, so no half-written export is
 * ever left where a reader could take it for a finished one.
 *
 * <p>A killed export cannot remove its own: each export first claims its name with a
 * {@code .partial-NAME.pid} file holding its process id and start time ({@link ExportClaim}), and
 * the next export removes every partial folder whose process is gone. One whose process still
 * runs is another export at work and is left alone.
 */
final class ExportFolder {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    static final String PARTIAL = ".partial-";
    /** The system's reasons that mean "mizan may not write here". */
    private static final List<String> READ_ONLY = List.of("Read-only", "Permission denied", "Operation not permitted");

    private final Path root;
    private final String name;
    private final Path work;
    private final List<Path> removed;

    private ExportFolder(Path root, String name, Path work, List<Path> removed) {
        this.root = root;
        this.name = name;
        this.work = work;
        this.removed = removed;
    }

    static ExportFolder create(Path root) {
        try {
            makeFolder(root);
            List<Path> removed = removeLeftovers(root);
            String base = ZonedDateTime.now(ZoneOffset.UTC).format(NAME);
            for (int n = 1; ; n++) {
                String name = n == 1 ? base : base + "-" + n;
                if (Files.exists(root.resolve(name)) || !ExportClaim.take(claimFile(root, name))) {
                    continue; // a finished export has the name, or another export started this second
                }
                try {
                    return new ExportFolder(root, name, Files.createDirectory(root.resolve(PARTIAL + name)), removed);
                } catch (IOException e) {
                    Files.deleteIfExists(claimFile(root, name));
                    throw e;
                }
            }
        } catch (IOException e) {
            throw explain(e, root);
        }
    }

    /** Creates the exports folder, refusing plainly when a file sits where it or a folder above it should be. */
    private static void makeFolder(Path root) throws IOException {
        for (Path p = root.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new ExportException("cannot write the export in " + root.toAbsolutePath() + ": " + p
                            + " already exists and is a file, not a folder; choose another with --out DIR;"
                            + " nothing was exported");
                }
                break;
            }
        }
        Files.createDirectories(root);
    }

    String name() {
        return name;
    }

    Path work() {
        return work;
    }

    /** The partial folders of earlier exports that were stopped before they finished, removed by this one. */
    List<Path> removed() {
        return removed;
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
        Files.deleteIfExists(claimFile(root, name));
        return done;
    }

    /** Removes the partial folder and everything in it, then the claim on its name. */
    void abandon() {
        delete(work);
        delete(claimFile(root, name));
    }

    private static Path claimFile(Path root, String name) {
        return root.resolve(PARTIAL + name + ExportClaim.SUFFIX);
    }

    /**
     * Removes what exports that were stopped (killed, or the machine went down) left behind: their
     * partial folders, unfinished {@code latest} links and claims. Only names whose claiming process
     * is gone are touched; a partial folder without a claim was left by a mizan from before claims.
     */
    private static List<Path> removeLeftovers(Path root) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(root)) {
            entries = list.filter(p -> p.getFileName().toString().startsWith(PARTIAL)).sorted().toList();
        }
        for (Path p : entries) {
            String file = p.getFileName().toString();
            if (file.endsWith(ExportClaim.SUFFIX) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String name = file.substring(PARTIAL.length());
            Path claim = claimFile(root, name);
            if (Files.exists(claim) && ExportClaim.running(claim)) {
                continue;
            }
            if (delete(p)) {
                removed.add(p);
            }
            delete(root.resolve(".latest-" + name));
            delete(claim);
        }
        for (Path claim : entries) {
            if (claim.getFileName().toString().endsWith(ExportClaim.SUFFIX) && Files.exists(claim)
                    && !ExportClaim.running(claim)) {
                delete(claim); // claimed, but killed before its folder was made, or after it was renamed
            }
        }
        return removed;
    }

    /** Deletes a file, link or folder tree, as far as it can: a leftover that stays is tried again next time. */
    private static boolean delete(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort: the export being made matters more
        }
        return !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** A message for a file-system failure that names the folder, says why in words and what to do. */
    static ExportException explain(IOException e, Path root) {
        Path folder = existing(root.toAbsolutePath());
        String why;
        if (FileProblem.isDiskFull(e)) {
            why = FileProblem.DISK_FULL + "; free some space and export again";
        } else if (!Files.isWritable(folder) || e instanceof AccessDeniedException
                || e instanceof FileSystemException f && f.getReason() != null
                && READ_ONLY.stream().anyMatch(f.getReason()::contains)) {
            why = "the folder " + folder + " is not writable (read-only or no permission); choose another with --out DIR";
        } else {
            why = FileProblem.describe(e);
        }
        return new ExportException("cannot write the export in " + root.toAbsolutePath() + ": " + why
                + "; nothing was exported", e);
    }

    /** {@code path} or its nearest ancestor that exists: the folder whose state explains a failure. */
    private static Path existing(Path path) {
        Path p = path;
        while (p.getParent() != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }
}
