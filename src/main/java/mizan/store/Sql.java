package mizan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Small helpers for one-value queries. */
final class Sql {

    private Sql() {
    }

    static long longValue(Store store, String sql, Object... args) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    static String stringValue(Store store, String sql, Object... args) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
