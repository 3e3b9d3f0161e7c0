package mizan.store;

import mizan.model.Annotator;
import mizan.model.Span;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stance labels, spans and paragraph flags. Every change is one durable transaction that writes
 * the row and its event-log entry together; when a method returns, the change is on disk.
 *
 * <p>{@code actor} is the person acting (logged); {@code owner} is whose labels change: the
 * actor, or {@link mizan.model.Annotator#GOLD} when a reviewer adjudicates.
 */
public final class Labels {

    private final Store store;

    Labels(Store store) {
        this.store = store;
    }

    /** Sets (or, with a null label, clears) one stance. Returns the event id. */
    public long setStance(String actor, String owner, String paragraphId, String target, String label) {
        return store.write(() -> {
            Connection c = store.connection();
            Long batch = batchFor(c, owner);
            Map<String, Object> before = LabelRows.stance(c, paragraphId, owner, target);
            Map<String, Object> after = label == null ? null : LabelRows.stanceImage(paragraphId, owner, target, label);
            LabelRows.write(c, LabelRows.STANCE, before, after);
            long id = EventLog.append(c, actor, paragraphId, LabelRows.STANCE, "do", null, batch, before, after);
            if (batch != null) {
                Gold.recordEdit(c, actor, paragraphId, "stance", batch);
            }
            return id;
        });
    }

    /** Changes to gold are batched with their provenance row; other owners' changes stand alone. */
    private static Long batchFor(Connection c, String owner) throws SQLException {
        return Annotator.GOLD.equals(owner) ? EventLog.nextId(c) : null;
    }

    /** Inserts a span row, giving it a new id; no event (callers log it). */
    static Span insertSpan(Connection c, Span span) throws SQLException {
        Map<String, Object> image = LabelRows.spanImage(span);
        image.put("id", null);
        LabelRows.write(c, LabelRows.SPAN, null, image);
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            return span.withId(rs.getLong(1));
        }
    }

    /** Adds a span (its id is ignored) and returns it with the id it was given. */
    public Span addSpan(String actor, Span span) {
        return store.write(() -> {
            Connection c = store.connection();
            Long batch = batchFor(c, span.annotator());
            Span saved = insertSpan(c, span);
            EventLog.append(c, actor, span.paragraphId(), LabelRows.SPAN + ".add", "do", null, batch, null,
                    LabelRows.spanImage(saved));
            if (batch != null) {
                Gold.recordEdit(c, actor, span.paragraphId(), Gold.taskOf(LabelRows.SPAN, LabelRows.spanImage(saved)), batch);
            }
            return saved;
        });
    }

    /** Deletes a span. An entity that a claim names as its claimer is kept, with a message. */
    public void deleteSpan(String actor, long spanId) {
        store.write(() -> {
            Connection c = store.connection();
            Span span = span(c, spanId).orElseThrow(() -> new StoreException("no span with id " + spanId));
            long citing = countCiting(c, spanId);
            if (citing > 0) {
                throw new StoreException("this entity is the claimer of " + citing
                        + " claim(s); delete or change those claims first");
            }
            Long batch = batchFor(c, span.annotator());
            Map<String, Object> before = LabelRows.spanImage(span);
            LabelRows.write(c, LabelRows.SPAN, before, null);
            EventLog.append(c, actor, span.paragraphId(), LabelRows.SPAN + ".delete", "do", null, batch, before, null);
            if (batch != null) {
                Gold.recordEdit(c, actor, span.paragraphId(), Gold.taskOf(LabelRows.SPAN, before), batch);
            }
            return null;
        });
    }

    /** Sets the owner's boilerplate/skip flag and comment for a paragraph in one change. */
    public long setFlags(String actor, String owner, String paragraphId, boolean boilerplate, String comment) {
        return store.write(() -> {
            Connection c = store.connection();
            Map<String, Object> before = LabelRows.flags(c, paragraphId, owner);
            String note = comment == null || comment.isBlank() ? null : comment;
            Map<String, Object> after = !boilerplate && note == null ? null
                    : LabelRows.flagsImage(paragraphId, owner, boilerplate, note);
            LabelRows.write(c, LabelRows.FLAGS, before, after);
            return EventLog.append(c, actor, paragraphId, LabelRows.FLAGS, "do", null, null, before, after);
        });
    }

    /**
     * Undoes the actor's most recent change to {@code owner}'s labels still in effect; empty when
     * there is none. A reviewer's own labels ({@code owner} = her name) and the gold she
     * adjudicated ({@link Annotator#GOLD}) are two separate stacks.
     */
    public Optional<Event> undo(String actor, String owner) {
        return store.write(() -> EventLog.reverse(store.connection(), actor, owner, true));
    }

    /** Redoes the actor's most recently undone change to {@code owner}'s labels; empty when there is none. */
    public Optional<Event> redo(String actor, String owner) {
        return store.write(() -> EventLog.reverse(store.connection(), actor, owner, false));
    }

    /** Undoes the actor's most recent change to anyone's labels. */
    @Deprecated
    public Optional<Event> undo(String actor) {
        return store.write(() -> EventLog.reverse(store.connection(), actor, null, true));
    }

    /** Redoes the actor's most recently undone change to anyone's labels. */
    @Deprecated
    public Optional<Event> redo(String actor) {
        return store.write(() -> EventLog.reverse(store.connection(), actor, null, false));
    }

    /** The owner's stance labels for a paragraph, target to label. */
    public Map<String, String> stance(String paragraphId, String owner) {
        return store.read(() -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT target, label FROM stance_labels WHERE paragraph_id = ? AND annotator = ?")) {
                ps.setString(1, paragraphId);
                ps.setString(2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** The owner's spans of a paragraph, by start then end. */
    public List<Span> spans(String paragraphId, String owner) {
        return store.read(() -> {
            List<Span> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT * FROM spans WHERE paragraph_id = ? AND annotator = ? ORDER BY start_cp, end_cp, id")) {
                ps.setString(1, paragraphId);
                ps.setString(2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(LabelRows.spanFrom(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The owner's flags for a paragraph: boilerplate and comment. */
    public Flags flags(String paragraphId, String owner) {
        return store.read(() -> {
            Map<String, Object> row = LabelRows.flags(store.connection(), paragraphId, owner);
            return row == null ? Flags.NONE
                    : new Flags(Boolean.TRUE.equals(row.get("boilerplate")), (String) row.get("comment"));
        });
    }

    /** A paragraph's per-annotator flags. */
    public record Flags(boolean boilerplate, String comment) {
        public static final Flags NONE = new Flags(false, null);
    }

    /**
     * Paragraphs the owner has finished: a stance for each of {@code targets} targets, or the
     * paragraph flagged as boilerplate/skip.
     */
    public Set<String> finishedParagraphs(String owner, int targets) {
        return store.read(() -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT paragraph_id FROM stance_labels WHERE annotator = ? GROUP BY paragraph_id"
                            + " HAVING count(*) >= ?"
                            + " UNION SELECT paragraph_id FROM paragraph_flags WHERE annotator = ? AND boilerplate = 1")) {
                ps.setString(1, owner);
                ps.setInt(2, targets);
                ps.setString(3, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Per annotator: paragraphs with stance, entity spans, claim spans, flagged paragraphs. */
    public record Counts(String annotator, long stanceParagraphs, long entities, long claims, long flagged) {
    }

    public List<Counts> countsByAnnotator() {
        return store.read(() -> {
            List<Counts> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "WITH who AS (SELECT annotator FROM stance_labels UNION SELECT annotator FROM spans"
                            + " UNION SELECT annotator FROM paragraph_flags)"
                            + " SELECT w.annotator,"
                            + " (SELECT count(DISTINCT paragraph_id) FROM stance_labels s WHERE s.annotator = w.annotator),"
                            + " (SELECT count(*) FROM spans e WHERE e.annotator = w.annotator AND e.kind = 'entity'),"
                            + " (SELECT count(*) FROM spans e WHERE e.annotator = w.annotator AND e.kind = 'claim'),"
                            + " (SELECT count(*) FROM paragraph_flags f WHERE f.annotator = w.annotator AND f.boilerplate = 1)"
                            + " FROM who w ORDER BY w.annotator");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Counts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return out;
        });
    }

    /** Remembers where the annotator is (navigation is not a label change: no event). */
    public void rememberPosition(String annotator, String paragraphId) {
        store.write(() -> {
            LabelRows.exec(store.connection(), "INSERT INTO sessions(annotator, paragraph_id, updated_at) VALUES (?,?,?)"
                    + " ON CONFLICT(annotator) DO UPDATE SET paragraph_id = excluded.paragraph_id,"
                    + " updated_at = excluded.updated_at", annotator, paragraphId, now());
            return null;
        });
    }

    static Optional<Span> span(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM spans WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(LabelRows.spanFrom(rs)) : Optional.empty();
            }
        }
    }

    private static long countCiting(Connection c, long spanId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM spans WHERE claimer_span_id = ?")) {
            ps.setLong(1, spanId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    static String now() {
        return Instant.now().toString();
    }
}
