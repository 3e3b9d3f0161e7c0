package mizan.app;

import mizan.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The {@code --db} option every command that uses the project database shares. Only {@code init},
 * {@code import} and the workbench on the default path create a database ({@link #create()});
 * every other command opens an existing one ({@link #open()}), so a mistyped path is an error
 * rather than a new, empty project that quietly collects someone's work.
 */
public final class StoreOptions {

    static final Path DEFAULT = Path.of("mizan.db");

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    @Option(names = "--db", paramLabel = "FILE",
            description = "The project database (default: $MIZAN_DB, else ./mizan.db).")
    Path db;

    /** {@code mizan --db FILE COMMAND}: the database named before the command, for every command. */
    static Path given;

    Path path() {
        if (db != null) {
            return db;
        }
        if (given != null) {
            return given;
        }
        String env = System.getenv("MIZAN_DB");
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT;
    }

    /** True when nobody named a database: no --db (before or after the command) and no $MIZAN_DB. */
    boolean isDefault() {
        String env = System.getenv("MIZAN_DB");
        return db == null && given == null && (env == null || env.isBlank());
    }

    /** The project database, which must exist; otherwise a refusal naming the commands that create one. */
    Store open() {
        try {
            return Store.openExisting(path());
        } catch (Store.NoDatabase e) {
            String db = dbOption(e.path());
            throw new NoDatabase("no project database at " + e.path() + "; create it with: mizan init " + db
                    + " (or import documents into a new one: mizan import " + db + " PATH)");
        }
    }

    /** The named database is not there; the message says which commands create one. */
    static final class NoDatabase extends UserException {
        NoDatabase(String message) {
            super(message, 2);
        }
    }

    /** The project database, made (empty, with the current schema) when it is not there. */
    Store create() {
        return Store.open(path());
    }

    /** {@code --db FILE} for the database at {@code path}, quoted for a shell, to put into suggested commands. */
    static String dbOption(Path path) {
        String s = path.toString();
        return "--db " + (SHELL_SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'");
    }
}
