package mizan.ssh;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code mizan serve} runs: the database, where it listens, and its limits.
 *
 * @param port          0 picks a free port (tests)
 * @param idleTimeout   a session with no key pressed for this long is closed
 * @param maxFailures   failed logins from one address within {@code failureWindow} before it is refused
 */
public record ServeSettings(Path db, String bind, int port, Duration idleTimeout, int maxFailures,
                            Duration failureWindow) {

    public static final int DEFAULT_PORT = 2222;
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final int DEFAULT_MAX_FAILURES = 10;
    public static final Duration DEFAULT_FAILURE_WINDOW = Duration.ofMinutes(5);

    public ServeSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, not " + port);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("--idle-timeout must be positive, not " + idleTimeout);
        }
    }

    public static ServeSettings of(Path db, String bind, int port, Duration idleTimeout) {
        return new ServeSettings(db, bind, port, idleTimeout, DEFAULT_MAX_FAILURES, DEFAULT_FAILURE_WINDOW);
    }

    public ServeSettings withLoginLimit(int failures, Duration window) {
        return new ServeSettings(db, bind, port, idleTimeout, failures, window);
    }

    /** The host key file, beside the database. */
    public Path hostKey() {
        return HostKey.beside(db);
    }

    /** The log of logins, refusals and failed sessions, beside the database. */
    public Path log() {
        return db.toAbsolutePath().resolveSibling("mizan-serve.log");
    }
}
