package mizan.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where the server's log goes. mizan's own lines (logins, refusals, failed sessions) go to the log
 * file and to standard error; sshd's warnings go to the file only, so its chatter never reaches the
 * terminal the server was started from.
 */
public final class ServeLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Held here: java.util.logging keeps loggers weakly, and a collected logger would lose its handlers. */
    private static final Logger MIZAN = Logger.getLogger("mizan.ssh");

    private ServeLog() {
    }

    /** Sends logging to {@code file} (appended) and, for mizan's own lines, to standard error. */
    public static void to(Path file) throws IOException {
        LogManager.getLogManager().reset();
        Formatter oneLine = new OneLine();
        FileHandler fileHandler = new FileHandler(file.toString(), true);
        fileHandler.setFormatter(oneLine);
        fileHandler.setLevel(Level.ALL);
        Handler stderr = new ConsoleHandler();
        stderr.setFormatter(oneLine);
        stderr.setLevel(Level.INFO);

        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(fileHandler);
        MIZAN.setLevel(Level.INFO);
        MIZAN.addHandler(stderr); // and the file, through the root logger
    }

    /** {@code 2026-11-21 05:41:08Z WARNING failed login from ...}, with the stack trace of a failure after it. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(formatMessage(r));
            if (!r.getLoggerName().startsWith("mizan")) {
                b.append(" [").append(r.getLoggerName()).append(']');
            }
            b.append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
