package mizan.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The other processes that have a database open, named for a person ("mizan (pid 812)",
 * "sqlite3 (pid 907)"), so "the database is locked" can say by whom. SQLite does not tell which
 * process holds its lock; on Linux {@code /proc/PID/fd} tells who has the file open, which is the
 * short list to look at. Elsewhere, or for processes of other users, the list is empty.
 */
final class LockHolders {

    private static final Path PROC = Path.of("/proc");
    private static final int MAX_NAMED = 5;

    private LockHolders() {
    }

    static List<String> of(Path db) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return out;
        }
        Set<Path> files;
        try {
            Path real = db.toRealPath();
            files = Set.of(real, Path.of(real + "-wal"), Path.of(real + "-shm"));
        } catch (IOException e) {
            return out;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : pids) {
                long pid = Long.parseLong(proc.getFileName().toString());
                if (pid != self && out.size() < MAX_NAMED && hasOpen(proc.resolve("fd"), files)) {
                    out.add(name(pid) + " (pid " + pid + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            // the list is a courtesy; the message stands without it
        }
        return out;
    }

    private static boolean hasOpen(Path fds, Set<Path> files) {
        try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
            for (Path fd : links) {
                try {
                    if (files.contains(Files.readSymbolicLink(fd))) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed while we looked
                }
            }
        } catch (IOException | SecurityException e) {
            // another user's process, or gone
        }
        return false;
    }

    /** "mizan" for a java running the mizan jar or one of its main classes, else the program's file name. */
    private static String name(long pid) {
        return ProcessHandle.of(pid).map(p -> {
            String command = p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
            String line = p.info().commandLine().orElse("");
            if (command.startsWith("java") && (line.contains("mizan.jar") || line.contains("mizan.app."))) {
                return "mizan";
            }
            return command.isEmpty() ? "a process" : command;
        }).orElse("a process");
    }
}
