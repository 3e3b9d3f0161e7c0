package mizan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the standard streams are terminals, for progress bars and colour. */
final class Tty {

    private Tty() {
    }

    /** True when file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux: fall back below
        }
        return System.console() != null;
    }

    static boolean stdinIsTerminal() {
        return isTerminal(0);
    }
}
