package mizan.store;

import mizan.model.LabelScheme;

import java.sql.PreparedStatement;

/** Project settings, the installed label scheme among them. */
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
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The project's label scheme: the installed one, or the built-in default. */
    public LabelScheme labelScheme() {
        String json = get(LABELS);
        return json == null ? LabelScheme.defaults() : LabelScheme.parse(json, store.path() + " (installed labels)");
    }

    /** Validates and installs a scheme; an invalid one is refused and the old one kept. */
    public void installLabelScheme(String json, String source) {
        LabelScheme.parse(json, source);
        put(LABELS, json);
    }

    public boolean selfRegistration() {
        return "true".equals(get("self_registration"));
    }
}
