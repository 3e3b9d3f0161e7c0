package mizan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import mizan.model.Annotator;
import mizan.model.SpanKind;

/**
 * Every annotator's labels, read in one pass each for the agreement command. Gold labels
 * ({@link Annotator#GOLD}) are left out: they are the outcome of adjudication, not a rater.
 * Paragraphs flagged as boilerplate on import are left out, and so are an annotator's own labels
 * on a paragraph that annotator flagged as boilerplate/skip: the flag says "nothing to label
 * here", so a stale stance left behind on it is not a rating.
 */
public final class AgreementQueries {

    /** One stance rating, with the document of its paragraph (for the per-document breakdown). */
    public record StanceRow(String paragraphId, String docId, String annotator, String target, String label) {
    }

    /** One entity or claim span; {@code label} is the entity type, null for claims. */
    public record SpanRow(String paragraphId, String annotator, SpanKind kind, int start, int end, String label) {
    }

    /** Rows not by gold, on text paragraphs, and not on a paragraph their author flagged as skip. */
    private static final String RATED = " x.annotator <> ? AND p.boilerplate = 0 AND NOT EXISTS (SELECT 1"
            + " FROM paragraph_flags f WHERE f.paragraph_id = x.paragraph_id AND f.annotator = x.annotator"
            + " AND f.boilerplate = 1)";

    private final Store store;

    public AgreementQueries(Store store) {
        this.store = store;
    }

    /** Stance ratings in document order (document, paragraph index, target, annotator). */
    public List<StanceRow> stance() {
        return rows("SELECT x.paragraph_id, p.doc_id, x.annotator, x.target, x.label FROM stance_labels x"
                        + " JOIN paragraphs p ON p.id = x.paragraph_id WHERE" + RATED
                        + " ORDER BY p.doc_id, p.para_index, x.target, x.annotator",
                rs -> new StanceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /** Spans of one kind, in document order. */
    public List<SpanRow> spans(SpanKind kind) {
        return rows("SELECT x.paragraph_id, x.annotator, x.start_cp, x.end_cp, x.label FROM spans x"
                        + " JOIN paragraphs p ON p.id = x.paragraph_id WHERE x.kind = '"
                        + kind.name().toLowerCase(java.util.Locale.ROOT) + "' AND" + RATED
                        + " ORDER BY p.doc_id, p.para_index, x.start_cp, x.end_cp, x.annotator",
                rs -> new SpanRow(rs.getString(1), rs.getString(2), kind, rs.getInt(3), rs.getInt(4), rs.getString(5)));
    }

    /**
     * Per annotator, the text paragraphs they have touched: given a stance or a span of any kind,
     * or flagged as boilerplate/skip. Span agreement counts a paragraph only when every annotator
     * compared has touched it, so that "not reached yet" is never read as "found nothing".
     */
    public Map<String, Set<String>> touchedParagraphs() {
        Map<String, Set<String>> out = new HashMap<>();
        String sql = "SELECT x.annotator, x.paragraph_id FROM (SELECT annotator, paragraph_id FROM stance_labels"
                + " UNION SELECT annotator, paragraph_id FROM spans"
                + " UNION SELECT annotator, paragraph_id FROM paragraph_flags WHERE boilerplate = 1) x"
                + " JOIN paragraphs p ON p.id = x.paragraph_id WHERE x.annotator <> ? AND p.boilerplate = 0";
        rows(sql, rs -> out.computeIfAbsent(rs.getString(1), a -> new HashSet<>()).add(rs.getString(2)));
        return out;
    }

    /** Length in code points of each text paragraph (span offsets count code points too). */
    public Map<String, Integer> paragraphLengths(Set<String> paragraphIds) {
        Map<String, Integer> out = new LinkedHashMap<>();
        store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id, text FROM paragraphs WHERE boilerplate = 0 ORDER BY doc_id, para_index");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (paragraphIds.contains(rs.getString(1))) {
                        String text = rs.getString(2);
                        out.put(rs.getString(1), text.codePointCount(0, text.length()));
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Every name in the annotators table, active or not (a former member's labels still count). */
    public Set<String> registeredAnnotators() {
        Set<String> out = new TreeSet<>();
        store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT name FROM annotators");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return null;
        });
        return out;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query whose only parameter is the gold owner to leave out. */
    private <T> List<T> rows(String sql, RowReader<T> reader) {
        return store.read(() -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                ps.setString(1, Annotator.GOLD);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
            }
            return out;
        });
    }
}
