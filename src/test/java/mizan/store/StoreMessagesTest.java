package mizan.store;

import mizan.Mounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the store says when the file system or another process stands in the way: the cause a
 * user can act on, in words, with the file or folder named, never SQLite's result code.
 */
class StoreMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteOnAFullDiskSaysNothingWasWritten() throws Exception {
        Path disk = dir.resolve("disk");
        try (Mounts m = Mounts.smallDisk(disk, 1024); Store store = Store.open(disk.resolve("m.db"))) {
            Mounts.fill(disk);
            String text = "خبر طويل ".repeat(20_000);
            assertThatThrownBy(() -> StoreFixture.oneDocument(store, "عنوان", text)).isInstanceOf(StoreException.class)
                    .hasMessage(disk.resolve("m.db") + ": the disk is full: nothing was written; free some space and run it again");
            assertThat(store.documents().count()).isZero();
        }
    }

    @Test
    void aDatabaseInAReadOnlyFolderNamesTheFolderAndTheFilesSqliteNeedsBesideIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("project"));
        Path db = folder.resolve("m.db");
        Store.open(db).close();
        try (Mounts m = Mounts.readOnly(folder)) {
            assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith(db + ": cannot open the database: the folder " + folder.toAbsolutePath()
                            + " is read-only: mizan needs to write the database and its -wal/-shm files beside it")
                    .hasMessageNotContaining("SQLITE");
        }
    }

    @Test
    void aReadOnlyDatabaseFileInAWritableFolderNamesTheFileAtTheFirstWrite() throws Exception {
        Path db = dir.resolve("m.db");
        Store.open(db).close();
        try (Mounts m = Mounts.immutable(db); Store store = Store.open(db)) {
            assertThatThrownBy(() -> StoreFixture.oneDocument(store, "عنوان", "فقرة")).isInstanceOf(StoreException.class)
                    .hasMessage(db + ": the file " + db.toAbsolutePath() + " is read-only: mizan needs to write it;"
                            + " make it writable (chmod u+w) and run it again");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsCalledSo() throws Exception {
        Path db = dir.resolve("photo.db");
        byte[] noise = new byte[8192];
        new Random(3).nextBytes(noise);
        Files.write(db, noise);
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessage(db + ": cannot open the database: it is not a mizan database (not an SQLite file at all);"
                        + " check the path given to --db");
    }

    @Test
    void aLockedDatabaseSaysSoAndNamesTheOtherProcessesThatHaveItOpen() throws Exception {
        Path db = dir.resolve("m.db");
        Store.open(db).close();
        // another program with the database open: sleep, holding it on a file descriptor
        Process holder = new ProcessBuilder("sh", "-c", "exec 3<\"$0\"; exec sleep 60", db.toString()).start();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Connection second = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            writer.createStatement().execute("BEGIN IMMEDIATE");
            SQLException busy = catchThrowableOfType(() -> second.createStatement().execute("BEGIN IMMEDIATE"),
                    SQLException.class);
            assertThat(Store.isBusy(busy)).isTrue();

            String words = SqliteFailure.words(busy, db);
            assertThat(words).startsWith("the database is locked by another mizan process (or a sqlite3 shell with an"
                    + " open transaction)").contains("run it again").doesNotContain("SQLITE");
            if (Files.isDirectory(Path.of("/proc"))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!LockHolders.of(db).contains("sleep (pid " + holder.pid() + ")") && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(SqliteFailure.words(busy, db)).contains("open in: sleep (pid " + holder.pid() + ")");
            }
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }
}
