package mizan.store;

import mizan.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** schema.sql at the project root is the schema the store really builds. */
class SchemaTest {

    @Test
    void theEmbeddedSchemaIsTheRootFile() throws Exception {
        assertThat(Schema.text()).isEqualTo(Files.readString(TestFiles.root().resolve("schema.sql")));
    }

    @Test
    void aNewDatabaseHasExactlyTheObjectsOfSchemaSql(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("m.db");
        Store.open(db).close();

        // Build a reference database by running the root schema.sql through SQLite itself.
        Path ref = dir.resolve("ref.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ref); Statement st = c.createStatement()) {
            st.executeUpdate(Files.readString(TestFiles.root().resolve("schema.sql")));
        }
        assertThat(objects(db)).isEqualTo(objects(ref)).isNotEmpty();
        assertThat(objects(db)).anyMatch(s -> s.startsWith("table|events|"));
    }

    @Test
    void theDatabaseRecordsTheSchemaVersionAndRunsInWalMode(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("m.db");
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Schema.version()).isPositive();
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void aDatabaseFromANewerMizanIsRefusedUntouched(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("m.db");
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this mizan");
    }

    @Test
    void theEventLogCannotBeRewritten(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("m.db");
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO events(at, annotator, action) VALUES ('now', 'alice', 'stance')");
            assertThatThrownBy(() -> st.execute("DELETE FROM events")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("UPDATE events SET annotator = 'bob'")).hasMessageContaining("append-only");
        }
    }

    private static List<String> objects(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master"
                     + " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        return out;
    }
}
