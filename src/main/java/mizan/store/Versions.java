package mizan.store;

import mizan.model.Annotator;
import mizan.model.Version;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Each annotator's version of a paragraph's labels, for adjudication. */
public final class Versions {

    private Versions() {
    }

    static Version of(Connection c, String paragraphId, String annotator) throws SQLException {
        return new Version(annotator, LabelRows.stances(c, paragraphId, annotator),
                LabelRows.spans(c, paragraphId, annotator));
    }

    /** Annotators (gold apart) with any label on the paragraph, by name. */
    static List<String> annotatorsOf(Connection c, String paragraphId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annotator FROM stance_labels WHERE paragraph_id = ?1 UNION SELECT annotator FROM spans"
                        + " WHERE paragraph_id = ?1 ORDER BY 1")) {
            ps.setString(1, paragraphId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).startsWith("@")) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** Every annotator's version of the paragraph (gold apart), by annotator name. */
    public static List<Version> all(Store store, String paragraphId) {
        return store.read(() -> all(store.connection(), paragraphId));
    }

    static List<Version> all(Connection c, String paragraphId) throws SQLException {
        List<Version> out = new ArrayList<>();
        for (String a : annotatorsOf(c, paragraphId)) {
            out.add(of(c, paragraphId, a));
        }
        return out;
    }

    public static Version gold(Store store, String paragraphId) {
        return store.read(() -> of(store.connection(), paragraphId, Annotator.GOLD));
    }

    /** Paragraphs (in document order) that two or more annotators have labeled. */
    public static List<String> sharedParagraphs(Store store) {
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT p.id FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE p.id IN ("
                            + " SELECT paragraph_id FROM (SELECT paragraph_id, annotator FROM stance_labels"
                            + " UNION SELECT paragraph_id, annotator FROM spans) WHERE annotator NOT LIKE '@%'"
                            + " GROUP BY paragraph_id HAVING count(DISTINCT annotator) >= 2)"
                            + " ORDER BY d.rowid, p.para_index");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
