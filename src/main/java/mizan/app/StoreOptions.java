package mizan.app;

import mizan.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every command that uses the project database shares. */
public final class StoreOptions {

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
        return Path.of(env != null && !env.isBlank() ? env : "mizan.db");
    }

    Store open() {
        return Store.open(path());
    }
}
