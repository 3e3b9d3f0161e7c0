package mizan.store;

import mizan.TestDb;
import mizan.model.Annotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project made by the previous mizan (schema version 1, whose events name only who acted) opens
 * in this one with every event kept, each naming whose labels it changed, and the log still
 * append-only. The version-1 schema is src/test/resources/mizan/store/schema-v1.sql, schema.sql
 * as it was released.
 */
class MigrationTest {

    private static final String PID = "d1-1";
    private static final String COLUMNS = "id, at, annotator, paragraph_id, action, kind, ref, batch, before, after";

    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseKeepsEveryEventAndLearnsWhoseLabelsEachChanged() throws Exception {
        Path db = versionOneProject();
        List<String> before = TestDb.rows(db, "SELECT " + COLUMNS + " FROM events ORDER BY id");
        assertThat(before).hasSize(6);

        Store.open(db).close();

        assertThat(TestDb.rows(db, "PRAGMA user_version")).containsExactly("2");
        assertThat(TestDb.rows(db, "SELECT " + COLUMNS + " FROM events ORDER BY id")).isEqualTo(before);
        assertThat(TestDb.rows(db, "SELECT id, annotator, owner, source FROM events ORDER BY id")).containsExactly(
                "1|alice|alice|null", "2|alice|alice|null", "3|alice|alice|null", "4|rita|@gold|null",
                "5|rita|@gold|null", "6|alice|alice|null");
    }

    @Test
    void aMigratedEventLogStillRefusesToBeRewritten() throws Exception {
        Path db = versionOneProject();
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("UPDATE events SET owner = 'bob'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("DELETE FROM events WHERE id = 1")).hasMessageContaining("append-only");
        }
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events WHERE owner = 'bob'")).containsExactly("0");
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events")).containsExactly("6");
    }

    @Test
    void aMigratedDatabaseHasTheTablesColumnsIndexesAndTriggersOfANewOne() throws Exception {
        Path old = versionOneProject();
        Store.open(old).close();
        Path fresh = dir.resolve("new.db");
        Store.open(fresh).close();
        assertThat(shape(old)).isEqualTo(shape(fresh)).anyMatch(s -> s.startsWith("events|owner|TEXT"))
                .anyMatch(s -> s.contains("events_append_only_update"));
    }

    @Test
    void undoAndRedoAfterTheMigrationFollowTheOwnersTheOldRowsCarry() throws Exception {
        Path db = versionOneProject();
        try (Store s = Store.open(db)) {
            // alice's undone change comes back; rita's gold edit goes, her own stack is empty
            assertThat(s.labels().redo("alice", "alice")).isPresent();
            assertThat(s.labels().stance(PID, "alice")).isEqualTo(Map.of("MILCOOP", "AGAINST"));
            assertThat(s.labels().undo("rita", "rita")).isEmpty();
            assertThat(s.labels().undo("rita", Annotator.GOLD)).isPresent();
            assertThat(s.labels().stance(PID, Annotator.GOLD)).isEmpty();
            assertThat(s.gold().decided(PID)).isEmpty();
            assertThat(s.labels().stance(PID, "alice")).isEqualTo(Map.of("MILCOOP", "AGAINST"));
        }
    }

    /**
     * A version-1 project as the previous mizan left it: alice set a stance, changed it and flagged
     * the paragraph; rita edited gold (a gold stance and its provenance, one batch); alice undid her
     * change of stance.
     */
    private Path versionOneProject() throws Exception {
        Path db = dir.resolve("v1.db");
        String schema;
        try (InputStream in = MigrationTest.class.getResourceAsStream("/mizan/store/schema-v1.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(schema).contains("-- schema_version: 1");
        String t = "'2024-06-19T10:00:00Z'";
        String favor = "'{\"paragraph_id\":\"d1-1\",\"annotator\":\"alice\",\"target\":\"MILCOOP\",\"label\":\"FAVOR\"}'";
        String against = "'{\"paragraph_id\":\"d1-1\",\"annotator\":\"alice\",\"target\":\"MILCOOP\",\"label\":\"AGAINST\"}'";
        String gold = "'{\"paragraph_id\":\"d1-1\",\"annotator\":\"@gold\",\"target\":\"MILCOOP\",\"label\":\"NEUTRAL\"}'";
        String decided = "'{\"paragraph_id\":\"d1-1\",\"task\":\"stance\",\"adjudicator\":\"rita\",\"method\":\"edited\","
                + "\"sources\":\"[\\\"alice\\\"]\",\"decided_at\":\"2024-06-19T10:00:00Z\"}'";
        String flags = "'{\"paragraph_id\":\"d1-1\",\"annotator\":\"alice\",\"boilerplate\":true,\"comment\":null}'";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate(schema);
            st.execute("PRAGMA user_version = 1");
            for (String sql : List.of(
                    "INSERT INTO documents(id, title, imported_at) VALUES ('d1', 'عنوان', " + t + ")",
                    "INSERT INTO paragraphs(id, doc_id, para_index, text) VALUES ('d1-0', 'd1', 0, 'عنوان')",
                    "INSERT INTO paragraphs(id, doc_id, para_index, text) VALUES ('d1-1', 'd1', 1,"
                            + " 'قال بوتين إن التعاون مستمر.')",
                    "INSERT INTO annotators(name, role, created_at) VALUES ('alice', 'annotator', " + t + ")",
                    "INSERT INTO annotators(name, role, created_at) VALUES ('rita', 'reviewer', " + t + ")",
                    "INSERT INTO stance_labels VALUES ('d1-1', 'alice', 'MILCOOP', 'FAVOR', " + t + ")",
                    "INSERT INTO stance_labels VALUES ('d1-1', '@gold', 'MILCOOP', 'NEUTRAL', " + t + ")",
                    "INSERT INTO gold VALUES ('d1-1', 'stance', 'rita', 'edited', '[\"alice\"]', " + t + ")",
                    "INSERT INTO paragraph_flags VALUES ('d1-1', 'alice', 1, NULL, " + t + ")",
                    "INSERT INTO events(" + COLUMNS + ") VALUES (1, " + t + ", 'alice', 'd1-1', 'stance', 'do',"
                            + " NULL, NULL, NULL, " + favor + ")",
                    "INSERT INTO events(" + COLUMNS + ") VALUES (2, " + t + ", 'alice', 'd1-1', 'stance', 'do',"
                            + " NULL, NULL, " + favor + ", " + against + ")",
                    "INSERT INTO events(" + COLUMNS + ") VALUES (3, " + t + ", 'alice', 'd1-1', 'flags', 'do',"
                            + " NULL, NULL, NULL, " + flags + ")",
                    "INSERT INTO events(" + COLUMNS + ") VALUES (4, " + t + ", 'rita', 'd1-1', 'stance', 'do',"
                            + " NULL, 4, NULL, " + gold + ")",
                    "INSERT INTO events(" + COLUMNS + ") VALUES (5, " + t + ", 'rita', 'd1-1', 'gold', 'do',"
                            + " NULL, 4, NULL, " + decided + ")",
                    "INSERT INTO events(" + COLUMNS + ") VALUES (6, " + t + ", 'alice', 'd1-1', 'stance', 'undo',"
                            + " 2, NULL, " + against + ", " + favor + ")")) {
                st.execute(sql);
            }
        }
        return db;
    }

    /** Every table's columns, and every index and trigger as SQLite stores it. */
    private static List<String> shape(Path db) throws Exception {
        List<String> out = new ArrayList<>(TestDb.rows(db, "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value,"
                + " p.pk FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
                + " ORDER BY m.name, p.cid"));
        out.addAll(TestDb.rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
                + " AND name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        return out;
    }
}
