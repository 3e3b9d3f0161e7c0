package mizan.store;

import mizan.model.FileProblem;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * What a failed SQLite call means for the person who ran the command, in words and with what to
 * do. SQLite's own report ({@code [SQLITE_IOERR_SHMSIZE] I/O error within xShmMap}) names the
 * layer that failed, not the cause the user can fix; the cause is usually on the file system
 * (a full disk, a read-only folder) or another process, so this looks there too.
 */
final class SqliteFailure {

    /** Below this much free space an I/O error at the database is taken for a full disk: SQLite needs a few pages. */
    private static final long LOW_SPACE = 1 << 20;

    static final String DISK_FULL = FileProblem.DISK_FULL + ": nothing was written; free some space and run it again";

    private SqliteFailure() {
    }

    /** The failure of an operation on the database at {@code db}, without the path (callers start with it). */
    static String words(SQLException e, Path db) {
        String code = e instanceof SQLiteException se ? se.getResultCode().name() : "";
        String said = String.valueOf(e.getMessage());
        if (code.startsWith("SQLITE_FULL") || said.contains("No space left") || said.contains("disk is full")
                || code.startsWith("SQLITE_IOERR") && lowOnSpace(db)) {
            return DISK_FULL;
        }
        if (Store.isBusy(e)) {
            return locked(db);
        }
        if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_PERM")
                || code.isEmpty() && said.startsWith("opening db")) {
            return notWritable(db, sqliteText(e));
        }
        if (code.startsWith("SQLITE_NOTADB")) {
            return "it is not a mizan database (not an SQLite file at all); check the path given to --db";
        }
        if (code.startsWith("SQLITE_CORRUPT")) {
            return "the database file is damaged (SQLite finds it corrupt); restore it from a backup";
        }
        if (code.startsWith("SQLITE_IOERR")) {
            return "the disk reported an input/output error (" + sqliteText(e) + "); check the disk and run it again";
        }
        return sqliteText(e);
    }

    /** Another process holds a write transaction; named with the processes that have the file open, where that is knowable. */
    static String locked(Path db) {
        List<String> holders = LockHolders.of(db);
        return "the database is locked by another mizan process (or a sqlite3 shell with an open transaction)"
                + (holders.isEmpty() ? "" : "; open in: " + String.join(", ", holders))
                + "; wait for it to finish, or end the shell's transaction (COMMIT or ROLLBACK), and run it again";
    }

    /** SQLite could not open or write the file: say which of the folder, the file or its companions is read-only. */
    private static String notWritable(Path db, String sqlite) {
        Path file = db.toAbsolutePath();
        Path folder = file.getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return "the folder " + folder + " is read-only: mizan needs to write the database and its -wal/-shm files"
                    + " beside it; make the folder writable, or copy the database to a writable folder and give that to --db";
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path f = Path.of(file + suffix);
            if (Files.exists(f) && !Files.isWritable(f)) {
                return "the file " + f + " is read-only: mizan needs to write it; make it writable (chmod u+w) and run it again";
            }
        }
        return "SQLite cannot open it for writing (" + sqlite + ")";
    }

    private static boolean lowOnSpace(Path db) {
        Path folder = db.toAbsolutePath().getParent();
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() < LOW_SPACE;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * SQLite's own sentence, without the code in brackets: the driver's message is
     * {@code [CODE] the code's description (sqlite3_errmsg)}, and the driver's own checks say
     * {@code opening db: 'PATH': strerror}.
     */
    static String sqliteText(SQLException e) {
        String m = e.getMessage();
        if (m == null) {
            return "an error SQLite did not describe";
        }
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String head = "[" + code.name() + "] " + code.message + " (";
            if (m.startsWith(head) && m.endsWith(")")) {
                return m.substring(head.length(), m.length() - 1);
            }
        }
        if (m.startsWith("opening db: '")) {
            int end = m.indexOf("': ");
            return end < 0 ? m : m.substring(end + 3);
        }
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\] ", "");
    }
}
