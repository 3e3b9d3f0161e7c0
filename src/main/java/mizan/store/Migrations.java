package mizan.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database to the version of {@code schema.sql}. A new database gets the whole schema;
 * an older one runs each step from its version to the next. Steps only add: a database is never
 * migrated backwards, and one made by a newer mizan is refused rather than damaged.
 */
final class Migrations {

    /** A forward step from version {@code from} to {@code from + 1}. */
    interface Step {
        void apply(Statement st) throws SQLException;
    }

    /** STEPS.get(i) migrates version i+1 to i+2. Version 1 is the first released schema. */
    private static final List<Step> STEPS = List.of(Migrations::eventOwnerAndSource);

    private Migrations() {
    }

    /**
     * 1 → 2: events name whose labels they changed (owner) and where the change came from
     * (source). Version 1 logged neither; the owner is in every row image ('@gold' for gold rows
     * and for the gold table), the source is lost (NULL, as for the workbench). The append-only
     * trigger refuses the backfill's UPDATE too, so it is dropped and put back around it, inside
     * the migration's transaction: no other writer sees the log without it.
     */
    private static void eventOwnerAndSource(Statement st) throws SQLException {
        st.execute("ALTER TABLE events ADD COLUMN owner TEXT");
        st.execute("ALTER TABLE events ADD COLUMN source TEXT");
        st.execute("DROP TRIGGER events_append_only_update");
        st.executeUpdate("UPDATE events SET owner = CASE WHEN action = 'gold' THEN '@gold'"
                + " ELSE coalesce(json_extract(after, '$.annotator'), json_extract(before, '$.annotator')) END");
        // the same text as schema.sql's, so a migrated database has the trigger a new one has
        st.execute("""
                CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events
                BEGIN
                    SELECT RAISE(ABORT, 'events is append-only');
                END""");
    }

    static void migrate(Connection c, String path) throws SQLException {
        int target = Schema.version();
        if (STEPS.size() != target - 1) {
            throw new IllegalStateException("schema.sql is version " + target + " but " + STEPS.size()
                    + " migration steps are defined");
        }
        int current;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            current = rs.getInt(1);
        }
        if (current == target) {
            return;
        }
        if (current > target) {
            throw new StoreException(path + ": the database is schema version " + current
                    + ", newer than this mizan understands (" + target + "); use a newer mizan");
        }
        // runs inside the store's write transaction: all of it lands, or none
        try (Statement st = c.createStatement()) {
            if (current == 0) {
                // The file's text as it is: SQLite runs the script, so the database is schema.sql.
                st.executeUpdate(Schema.text());
            } else {
                for (int v = current; v < target; v++) {
                    STEPS.get(v - 1).apply(st);
                }
            }
            st.execute("PRAGMA user_version = " + target);
        }
    }
}
