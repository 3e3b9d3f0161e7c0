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
    private static final List<Step> STEPS = List.of();

    private Migrations() {
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
