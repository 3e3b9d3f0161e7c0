package mizan.store;

import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes single label rows as {@link RowImage}s. Everything that changes a label goes
 * through {@link #write}, both for a new change and for undo/redo, so the two cannot drift.
 */
final class LabelRows {

    static final String STANCE = "stance";
    static final String SPAN = "span";
    static final String FLAGS = "flags";
    static final String GOLD = "gold";

    private LabelRows() {
    }

    /** The table an event's action changes: "span" for "span.add", "stance" for "stance". */
    static String tableOf(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }

    static Map<String, Object> stance(Connection c, String paragraphId, String annotator, String target)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT label FROM stance_labels WHERE paragraph_id = ? AND annotator = ? AND target = ?")) {
            ps.setString(1, paragraphId);
            ps.setString(2, annotator);
            ps.setString(3, target);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? stanceImage(paragraphId, annotator, target, rs.getString(1)) : null;
            }
        }
    }

    /** The annotator's stance labels of a paragraph, target to label, by target. */
    static Map<String, String> stances(Connection c, String paragraphId, String annotator) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT target, label FROM stance_labels WHERE paragraph_id = ? AND annotator = ? ORDER BY target")) {
            ps.setString(1, paragraphId);
            ps.setString(2, annotator);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    static Map<String, Object> stanceImage(String paragraphId, String annotator, String target, String label) {
        return RowImage.of("paragraph_id", paragraphId, "annotator", annotator, "target", target, "label", label);
    }

    static Map<String, Object> gold(Connection c, String paragraphId, String task) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT adjudicator, method, sources, decided_at FROM gold WHERE paragraph_id = ? AND task = ?")) {
            ps.setString(1, paragraphId);
            ps.setString(2, task);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? RowImage.of("paragraph_id", paragraphId, "task", task, "adjudicator", rs.getString(1),
                        "method", rs.getString(2), "sources", rs.getString(3), "decided_at", rs.getString(4)) : null;
            }
        }
    }

    static Map<String, Object> flags(Connection c, String paragraphId, String annotator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT boilerplate, comment FROM paragraph_flags WHERE paragraph_id = ? AND annotator = ?")) {
            ps.setString(1, paragraphId);
            ps.setString(2, annotator);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? flagsImage(paragraphId, annotator, rs.getInt(1) == 1, rs.getString(2)) : null;
            }
        }
    }

    static Map<String, Object> flagsImage(String paragraphId, String annotator, boolean boilerplate, String comment) {
        return RowImage.of("paragraph_id", paragraphId, "annotator", annotator, "boilerplate", boilerplate,
                "comment", comment);
    }

    static Map<String, Object> spanImage(Span s) {
        return RowImage.of("id", s.id(), "paragraph_id", s.paragraphId(), "annotator", s.annotator(),
                "kind", s.kind().name().toLowerCase(), "start", s.start(), "end", s.end(), "label", s.label(),
                "check_worthy", s.checkWorthy(),
                "claimer_kind", s.claimer() == null ? null : s.claimer().kind().name(),
                "claimer_span_id", s.claimer() == null ? null : s.claimer().entitySpanId(),
                "claimer_stance", s.claimerStance());
    }

    /** The annotator's spans of a paragraph, by start, end, then id. */
    static List<Span> spans(Connection c, String paragraphId, String annotator) throws SQLException {
        List<Span> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM spans WHERE paragraph_id = ? AND annotator = ? ORDER BY start_cp, end_cp, id")) {
            ps.setString(1, paragraphId);
            ps.setString(2, annotator);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(spanFrom(rs));
                }
            }
        }
        return out;
    }

    /** The paragraph's text, which span edges are checked against. */
    static String paragraphText(Connection c, String paragraphId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM paragraphs WHERE id = ?")) {
            ps.setString(1, paragraphId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no paragraph " + paragraphId + " in the database");
                }
                return rs.getString(1);
            }
        }
    }

    /** The span a {@link #spanImage} describes (as read back from the event log's JSON). */
    static Span spanFromImage(Map<String, Object> image) {
        Claimer claimer = null;
        Object ck = image.get("claimer_kind");
        if (ck != null) {
            Object sid = image.get("claimer_span_id");
            claimer = new Claimer(Claimer.Kind.valueOf((String) ck), sid == null ? null : ((Number) sid).longValue());
        }
        Object id = image.get("id");
        return new Span(id == null ? 0 : ((Number) id).longValue(), (String) image.get("paragraph_id"),
                (String) image.get("annotator"), SpanKind.valueOf(((String) image.get("kind")).toUpperCase()),
                ((Number) image.get("start")).intValue(), ((Number) image.get("end")).intValue(),
                (String) image.get("label"), (Boolean) image.get("check_worthy"), claimer,
                (String) image.get("claimer_stance"));
    }

    static Span spanFrom(ResultSet rs) throws SQLException {
        SpanKind kind = SpanKind.valueOf(rs.getString("kind").toUpperCase());
        Claimer claimer = null;
        String ck = rs.getString("claimer_kind");
        if (ck != null) {
            long sid = rs.getLong("claimer_span_id");
            claimer = rs.wasNull() ? new Claimer(Claimer.Kind.valueOf(ck), null)
                    : new Claimer(Claimer.Kind.valueOf(ck), sid);
        }
        int cw = rs.getInt("check_worthy");
        Boolean checkWorthy = rs.wasNull() ? null : cw == 1;
        return new Span(rs.getLong("id"), rs.getString("paragraph_id"), rs.getString("annotator"), kind,
                rs.getInt("start_cp"), rs.getInt("end_cp"), rs.getString("label"), checkWorthy, claimer,
                rs.getString("claimer_stance"));
    }

    /**
     * Makes the row described by {@code before} look like {@code after}: deletes it when after
     * is null, otherwise inserts or replaces it. A span with both images keeps its id and is
     * changed in place, so claims citing it as their claimer still do.
     */
    static void write(Connection c, String table, Map<String, Object> before, Map<String, Object> after)
            throws SQLException {
        Map<String, Object> key = after != null ? after : before;
        String now = Instant.now().toString();
        switch (table) {
            case STANCE -> {
                if (after == null) {
                    exec(c, "DELETE FROM stance_labels WHERE paragraph_id = ? AND annotator = ? AND target = ?",
                            key.get("paragraph_id"), key.get("annotator"), key.get("target"));
                } else {
                    exec(c, "INSERT INTO stance_labels(paragraph_id, annotator, target, label, updated_at)"
                                    + " VALUES (?,?,?,?,?) ON CONFLICT(paragraph_id, annotator, target)"
                                    + " DO UPDATE SET label = excluded.label, updated_at = excluded.updated_at",
                            after.get("paragraph_id"), after.get("annotator"), after.get("target"),
                            after.get("label"), now);
                }
            }
            case FLAGS -> {
                if (after == null) {
                    exec(c, "DELETE FROM paragraph_flags WHERE paragraph_id = ? AND annotator = ?",
                            key.get("paragraph_id"), key.get("annotator"));
                } else {
                    exec(c, "INSERT INTO paragraph_flags(paragraph_id, annotator, boilerplate, comment, updated_at)"
                                    + " VALUES (?,?,?,?,?) ON CONFLICT(paragraph_id, annotator) DO UPDATE SET"
                                    + " boilerplate = excluded.boilerplate, comment = excluded.comment,"
                                    + " updated_at = excluded.updated_at",
                            after.get("paragraph_id"), after.get("annotator"),
                            Boolean.TRUE.equals(after.get("boilerplate")) ? 1 : 0, after.get("comment"), now);
                }
            }
            case SPAN -> {
                if (after == null) {
                    exec(c, "DELETE FROM spans WHERE id = ?", ((Number) key.get("id")).longValue());
                    break;
                }
                Object cw = after.get("check_worthy");
                Object checkWorthy = cw == null ? null : (Boolean.TRUE.equals(cw) ? 1 : 0);
                if (before == null) {
                    exec(c, "INSERT INTO spans(id, paragraph_id, annotator, kind, start_cp, end_cp, label,"
                                    + " check_worthy, claimer_kind, claimer_span_id, claimer_stance, created_at)"
                                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                            after.get("id"), after.get("paragraph_id"), after.get("annotator"), after.get("kind"),
                            after.get("start"), after.get("end"), after.get("label"), checkWorthy,
                            after.get("claimer_kind"), after.get("claimer_span_id"), after.get("claimer_stance"), now);
                } else if (update(c, "UPDATE spans SET paragraph_id = ?, annotator = ?, kind = ?, start_cp = ?,"
                                + " end_cp = ?, label = ?, check_worthy = ?, claimer_kind = ?, claimer_span_id = ?,"
                                + " claimer_stance = ? WHERE id = ?",
                        after.get("paragraph_id"), after.get("annotator"), after.get("kind"), after.get("start"),
                        after.get("end"), after.get("label"), checkWorthy, after.get("claimer_kind"),
                        after.get("claimer_span_id"), after.get("claimer_stance"), before.get("id")) != 1) {
                    throw new StoreException("the span at " + before.get("start") + "–" + before.get("end")
                            + " is no longer there to change");
                }
            }
            case GOLD -> {
                if (after == null) {
                    exec(c, "DELETE FROM gold WHERE paragraph_id = ? AND task = ?", key.get("paragraph_id"), key.get("task"));
                } else {
                    exec(c, "INSERT INTO gold(paragraph_id, task, adjudicator, method, sources, decided_at)"
                                    + " VALUES (?,?,?,?,?,?) ON CONFLICT(paragraph_id, task) DO UPDATE SET"
                                    + " adjudicator = excluded.adjudicator, method = excluded.method,"
                                    + " sources = excluded.sources, decided_at = excluded.decided_at",
                            after.get("paragraph_id"), after.get("task"), after.get("adjudicator"), after.get("method"),
                            after.get("sources"), after.get("decided_at"));
                }
            }
            default -> throw new IllegalArgumentException("unknown label table " + table);
        }
    }

    static void exec(Connection c, String sql, Object... args) throws SQLException {
        update(c, sql, args);
    }

    /** Runs one statement; returns how many rows it changed. */
    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
