package mizan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who labels which documents, and the calibration paragraphs everyone labels first. */
public final class Assignments {

    private Assignments() {
    }

    /**
     * Replaces every assignment in one transaction: {@code plan} maps each annotator to their
     * documents in queue order; {@code calibration} lists paragraph ids. Labels are untouched.
     */
    public static void replace(Store store, Map<String, List<String>> plan, List<String> calibration) {
        store.write(() -> {
            Connection c = store.connection();
            LabelRows.exec(c, "DELETE FROM assignments");
            LabelRows.exec(c, "DELETE FROM calibration");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO assignments(annotator, doc_id, position) VALUES (?,?,?)")) {
                for (Map.Entry<String, List<String>> e : plan.entrySet()) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        ps.setString(1, e.getKey());
                        ps.setString(2, e.getValue().get(i));
                        ps.setInt(3, i);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO calibration(paragraph_id, position) VALUES (?,?)")) {
                for (int i = 0; i < calibration.size(); i++) {
                    ps.setString(1, calibration.get(i));
                    ps.setInt(2, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Each annotator's documents in queue order. */
    public static Map<String, List<String>> current(Store store) {
        return store.read(() -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT annotator, doc_id FROM assignments ORDER BY annotator, position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Paragraph ids labeled (a stance, a span or a flag) by at least {@code n} different annotators, gold apart. */
    public static long paragraphsWithAtLeast(Store store, int n) {
        return Sql.longValue(store, "SELECT count(*) FROM (SELECT paragraph_id FROM ("
                + " SELECT paragraph_id, annotator FROM stance_labels UNION SELECT paragraph_id, annotator FROM spans"
                + " UNION SELECT paragraph_id, annotator FROM paragraph_flags) WHERE annotator NOT LIKE '@%'"
                + " GROUP BY paragraph_id HAVING count(DISTINCT annotator) >= ?)", n);
    }
}
