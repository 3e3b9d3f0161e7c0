package mizan.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One SQLite database file shared by every mizan process of a project.
 *
 * <p>WAL mode lets readers run beside one writer; foreign keys are on; write transactions start
 * with BEGIN IMMEDIATE so two writers queue on the busy timeout instead of failing on a lock upgrade.
 * {@code synchronous=FULL}: in WAL mode that syncs the log on every commit, so a label the
 * screen shows as saved survives a power cut, at about a millisecond per commit on a local
 * disk. NORMAL would be faster but may lose the last commits on power loss, which is the one
 * thing this tool promises not to do.
 *
 * <p>A Store holds one connection and is used by one thread at a time.
 */
public final class Store implements AutoCloseable {

    /** How long one statement waits on another process's lock before SQLite reports BUSY. */
    static final int BUSY_TIMEOUT_MS = 5_000;
    /** Further whole-transaction attempts after BUSY, with jittered back-off, before giving up. */
    static final int BUSY_RETRIES = 8;

    private final Connection conn;
    private final Path path;
    private final Documents documents;
    private final Labels labels;
    private final Team team;
    private final Settings settings;
    private final Gold gold;

    private Store(Connection conn, Path path) {
        this.conn = conn;
        this.path = path;
        this.documents = new Documents(this);
        this.labels = new Labels(this);
        this.team = new Team(this);
        this.settings = new Settings(this);
        this.gold = new Gold(this);
    }

    /** Opens (creating and migrating as needed) the database at {@code path}. */
    public static Store open(Path path) {
        return open(path, true);
    }

    /**
     * Opens (migrating as needed) the database at {@code path}, which must exist: a mistyped path
     * is refused with {@link NoDatabase} and leaves no file behind, not a new empty project.
     */
    public static Store openExisting(Path path) {
        return open(path, false);
    }

    /** There is no database file at {@link #path()}. */
    public static final class NoDatabase extends StoreException {
        private final Path path;

        NoDatabase(Path path) {
            super("no project database at " + path);
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }

    private static Store open(Path path, boolean create) {
        if (!create && !Files.exists(path)) {
            throw new NoDatabase(path);
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException(path + ": the folder " + parent + " does not exist");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new StoreException(path + ": not a regular file");
        }
        SQLiteConfig cfg = new SQLiteConfig();
        if (!create) {
            // Without CREATE, a file removed since the check above makes SQLite fail instead of making a new one.
            cfg.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        }
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            Connection c = cfg.createConnection("jdbc:sqlite:" + path);
            try {
                Store s = new Store(c, path);
                s.write(() -> {
                    Migrations.migrate(c, path.toString());
                    return null;
                });
                return s;
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(path + ": cannot open the database: " + SqliteFailure.words(e, path), e);
        }
    }

    public Path path() {
        return path;
    }

    public Documents documents() {
        return documents;
    }

    public Labels labels() {
        return labels;
    }

    public Team team() {
        return team;
    }

    public Settings settings() {
        return settings;
    }

    public Gold gold() {
        return gold;
    }

    Connection connection() {
        return conn;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one IMMEDIATE transaction and commits it durably. A transaction that
     * meets another process's lock for longer than the busy timeout is retried as a whole, a
     * bounded number of times, so a busy database delays a label instead of losing it.
     */
    public <T> T write(Work<T> work) {
        SQLException last = null;
        for (int attempt = 0; attempt <= BUSY_RETRIES; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (!isBusy(e)) {
                    throw new StoreException(path + ": " + SqliteFailure.words(e, path), e);
                }
                last = e;
                sleepQuietly(ThreadLocalRandom.current().nextInt(5, 40) * (attempt + 1));
            }
        }
        throw new StoreException(path + ": the change was not saved: " + SqliteFailure.locked(path), last);
    }

    /** Runs read-only work; WAL readers never wait for writers. */
    public <T> T read(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(path + ": " + SqliteFailure.words(e, path), e);
        }
    }

    /**
     * One transaction, begun and ended with explicit statements: the driver's own transaction
     * handling opens the next transaction right after a commit, and a BUSY there would make a
     * committed change look failed (and be written twice on retry).
     */
    private <T> T once(Work<T> work) throws SQLException {
        exec("BEGIN IMMEDIATE");
        try {
            T result = work.run();
            exec("COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                exec("ROLLBACK");
            } catch (SQLException ignored) {
                // no transaction left to roll back; the original failure is the one worth reporting
            }
            throw e;
        }
    }

    private void exec(String sql) throws SQLException {
        try (var st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            return code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                    || code.name().startsWith("SQLITE_BUSY_") || code.name().startsWith("SQLITE_LOCKED_");
        }
        return e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY");
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException(path + ": " + SqliteFailure.words(e, path), e);
        }
    }
}
