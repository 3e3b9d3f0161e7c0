package mizan.store;

import mizan.model.LabelScheme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Project settings, the installed label scheme among them (installed by {@link Relabel}, with the relabeling it needs). */
public final class Settings {

    static final String LABELS = "labels";

    private final Store store;

    Settings(Store store) {
        this.store = store;
    }

    public String get(String key) {
        return Sql.stringValue(store, "SELECT value FROM settings WHERE key = ?", key);
    }

    public void put(String key, String value) {
        store.write(() -> {
            put(store.connection(), key, value);
            return null;
        });
    }

    /** Sets a setting inside the caller's transaction (a scheme installed with the relabeling it needs). */
    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** The project's label scheme: the installed one, or the built-in default. */
    public LabelScheme labelScheme() {
        String json = get(LABELS);
        return json == null ? LabelScheme.defaults() : LabelScheme.parse(json, store.path() + " (installed labels)");
    }

    public boolean selfRegistration() {
        return "true".equals(get("self_registration"));
    }
}
