package mizan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * An annotator's queue: the paragraphs they label, in order. With assignments, the assigned
 * documents in assignment order (calibration paragraphs first); without any assignment in the
 * project, every document in import order. Paragraphs flagged boilerplate on import are skipped.
 */
public final class Queues {

    private Queues() {
    }

    public static List<String> of(Store store, String annotator) {
        return store.read(() -> {
            boolean assigned = Sql.longValue(store, "SELECT count(*) FROM assignments") > 0;
            List<String> out = new ArrayList<>();
            if (assigned) {
                collect(store, "SELECT c.paragraph_id FROM calibration c"
                        + " WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.annotator = ?1) ORDER BY c.position",
                        annotator, out);
                collect(store, "SELECT p.id FROM assignments a JOIN paragraphs p ON p.doc_id = a.doc_id"
                        + " WHERE a.annotator = ?1 AND p.boilerplate = 0 ORDER BY a.position, p.para_index", annotator, out);
            } else {
                // CROSS JOIN keeps documents as the outer loop, so the (doc_id, para_index) index
                // delivers the order and no sort of every paragraph is needed
                collect(store, "SELECT p.id FROM documents d CROSS JOIN paragraphs p ON p.doc_id = d.id"
                        + " WHERE p.boilerplate = 0 ORDER BY d.rowid, p.para_index", null, out);
            }
            return out.stream().distinct().toList();
        });
    }

    private static void collect(Store store, String sql, String annotator, List<String> out) throws java.sql.SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            if (annotator != null) {
                ps.setString(1, annotator);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
    }

    /** Paragraph ids (of any queue) whose text contains {@code needle}. */
    public static java.util.Set<String> containing(Store store, String needle) {
        return store.read(() -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id FROM paragraphs WHERE instr(text, ?) > 0")) {
                ps.setString(1, needle);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
