package mizan.store;

import mizan.model.Annotator;
import mizan.model.Claimer;
import mizan.model.ClaimerRef;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.model.SpanRules;
import mizan.model.Version;
import mizan.text.SpanEdges;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
 *
 * <p>Spans are named by paragraph, kind and edges, since one owner has at most one entity and one
 * claim per pair of edges; no span is stored that {@link SpanEdges} or {@link SpanRules} refuses.
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
            Map<String, Object> before = LabelRows.stance(c, paragraphId, owner, target);
            Map<String, Object> after = label == null ? null : LabelRows.stanceImage(paragraphId, owner, target, label);
            return change(c, actor, owner, paragraphId, LabelRows.STANCE, before, after);
        });
    }

    /**
     * Writes one label change with its event and, for gold, its provenance row in the same
     * undo batch. Runs inside the caller's transaction; returns the change's event id.
     */
    private static long change(Connection c, String actor, String owner, String paragraphId, String action,
                               Map<String, Object> before, Map<String, Object> after) throws SQLException {
        LabelRows.write(c, LabelRows.tableOf(action), before, after);
        return logged(c, actor, owner, paragraphId, action, before, after);
    }

    /** The event (and gold provenance) of a change already written. */
    private static long logged(Connection c, String actor, String owner, String paragraphId, String action,
                               Map<String, Object> before, Map<String, Object> after) throws SQLException {
        Long batch = Annotator.GOLD.equals(owner) ? EventLog.nextId(c) : null;
        long id = EventLog.append(c, actor, owner, null, paragraphId, action, "do", null, batch, before, after);
        if (batch != null) {
            String table = LabelRows.tableOf(action);
            Gold.recordEdit(c, actor, paragraphId, Gold.taskOf(table, after != null ? after : before), batch);
        }
        return id;
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

    /**
     * Why {@code span} may not be stored beside {@code sameOwner} (the owner's other spans of the
     * paragraph), or null: its edges ({@link SpanEdges}), then the spans together ({@link SpanRules}).
     */
    static String refusal(Connection c, Span span, List<Span> sameOwner) throws SQLException {
        String edges = SpanEdges.problem(LabelRows.paragraphText(c, span.paragraphId()), span.start(), span.end());
        return edges != null ? edges : SpanRules.refusal(sameOwner, span).orElse(null);
    }

    /** Checks and inserts a new span with its "span.add" event; returns it with its id. */
    private static Span add(Connection c, String actor, Span span, List<Span> sameOwner) throws SQLException {
        String refused = refusal(c, span, sameOwner);
        if (refused != null) {
            throw new StoreException(refused);
        }
        Span saved = insertSpan(c, span);
        logged(c, actor, span.annotator(), span.paragraphId(), LabelRows.SPAN + ".add", null,
                LabelRows.spanImage(saved));
        return saved;
    }

    /** Changes a stored span in place (same id) with one "span.update" event; returns {@code after}. */
    private static Span update(Connection c, String actor, Span before, Span after) throws SQLException {
        change(c, actor, before.annotator(), before.paragraphId(), LabelRows.SPAN + ".update",
                LabelRows.spanImage(before), LabelRows.spanImage(after));
        return after;
    }

    /**
     * Adds a span (its id is ignored) and returns it with the id it was given. Refused, with a
     * StoreException, when its edges are not a span's ({@link SpanEdges}), when the owner already
     * has one like it there or it would cross an entity ({@link SpanRules}), or when a claim's
     * claimer is not one of the owner's entities in the paragraph.
     */
    public Span addSpan(String actor, Span span) {
        return store.write(() -> {
            Connection c = store.connection();
            List<Span> sameOwner = LabelRows.spans(c, span.paragraphId(), span.annotator());
            Claimer claimer = span.claimer();
            if (claimer != null && claimer.kind() == Claimer.Kind.SPAN && sameOwner.stream()
                    .noneMatch(e -> e.kind() == SpanKind.ENTITY && e.id() == claimer.entitySpanId())) {
                throw new StoreException("the claim's claimer (span " + claimer.entitySpanId()
                        + ") is not one of " + span.annotator() + "'s entities in paragraph " + span.paragraphId());
            }
            return add(c, actor, span, sameOwner);
        });
    }

    /**
     * Tags {@code [start, end)} as an entity of {@code type} for the owner. An entity already on
     * those edges keeps its id: of the same type nothing is written; of another type its type
     * changes in place, one "span.update" change, so claims citing it keep their claimer. A new
     * entity is refused (StoreException) when its edges are not a span's or it would cross one
     * of the owner's entities.
     */
    public Span tagEntity(String actor, String owner, String paragraphId, int start, int end, String type) {
        return store.write(() -> {
            Connection c = store.connection();
            List<Span> sameOwner = LabelRows.spans(c, paragraphId, owner);
            Optional<Span> there = at(sameOwner, SpanKind.ENTITY, start, end);
            if (there.isEmpty()) {
                return add(c, actor, Span.entity(0, paragraphId, owner, start, end, type), sameOwner);
            }
            Span old = there.get();
            return old.label().equals(type) ? old
                    : update(c, actor, old, Span.entity(old.id(), paragraphId, owner, start, end, type));
        });
    }

    /**
     * Sets the owner's claim on {@code [start, end)}: changed in place (one "span.update") when
     * the owner has one there, nothing written when it is already so, otherwise added and
     * checked like an entity. An entity claimer is the owner's entity at the ref's edges, looked
     * up in the same transaction; a StoreException when there is none. A null claimer records none.
     */
    public Span setClaim(String actor, String owner, String paragraphId, int start, int end, boolean checkWorthy,
                         ClaimerRef claimer, String claimerStance) {
        return store.write(() -> {
            Connection c = store.connection();
            List<Span> sameOwner = LabelRows.spans(c, paragraphId, owner);
            Span wanted = Span.claim(0, paragraphId, owner, start, end, checkWorthy,
                    resolve(sameOwner, claimer), claimerStance);
            Optional<Span> there = at(sameOwner, SpanKind.CLAIM, start, end);
            if (there.isEmpty()) {
                return add(c, actor, wanted, sameOwner);
            }
            Span old = there.get();
            Span changed = wanted.withId(old.id());
            return changed.equals(old) ? old : update(c, actor, old, changed);
        });
    }

    private static Claimer resolve(List<Span> sameOwner, ClaimerRef ref) {
        if (ref == null) {
            return null;
        }
        if (!ref.isEntity()) {
            return new Claimer(ref.kind(), null);
        }
        return at(sameOwner, SpanKind.ENTITY, ref.start(), ref.end()).map(e -> Claimer.span(e.id()))
                .orElseThrow(() -> new StoreException("there is no entity at " + ref.start() + "–" + ref.end()
                        + " to be the claimer; tag it first"));
    }

    /** The first of {@code spans} of that kind on exactly those edges. */
    private static Optional<Span> at(List<Span> spans, SpanKind kind, int start, int end) {
        return spans.stream().filter(s -> s.kind() == kind && s.start() == start && s.end() == end).findFirst();
    }

    /** Deletes a span. An entity that a claim names as its claimer is kept, with a message. */
    public void deleteSpan(String actor, long spanId) {
        store.write(() -> {
            Connection c = store.connection();
            delete(c, actor, span(c, spanId).orElseThrow(() -> new StoreException("no span with id " + spanId)));
            return null;
        });
    }

    /**
     * Deletes the owner's span of {@code kind} on exactly {@code [start, end)}; a StoreException
     * when there is none, or when it is an entity a claim names as its claimer.
     */
    public void deleteSpan(String actor, String owner, String paragraphId, SpanKind kind, int start, int end) {
        store.write(() -> {
            Connection c = store.connection();
            Span span = at(LabelRows.spans(c, paragraphId, owner), kind, start, end).orElseThrow(() ->
                    new StoreException("no " + kind.name().toLowerCase() + " at " + start + "–" + end + " there"));
            delete(c, actor, span);
            return null;
        });
    }

    private static void delete(Connection c, String actor, Span span) throws SQLException {
        long citing = countCiting(c, span.id());
        if (citing > 0) {
            throw new StoreException("this entity is the claimer of " + citing
                    + " claim(s); delete or change those claims first");
        }
        change(c, actor, span.annotator(), span.paragraphId(), LabelRows.SPAN + ".delete",
                LabelRows.spanImage(span), null);
    }

    /** Sets the owner's boilerplate/skip flag and comment for a paragraph in one change. */
    public long setFlags(String actor, String owner, String paragraphId, boolean boilerplate, String comment) {
        return store.write(() -> {
            Connection c = store.connection();
            Map<String, Object> before = LabelRows.flags(c, paragraphId, owner);
            String note = comment == null || comment.isBlank() ? null : comment;
            Map<String, Object> after = !boilerplate && note == null ? null
                    : LabelRows.flagsImage(paragraphId, owner, boilerplate, note);
            return change(c, actor, owner, paragraphId, LabelRows.FLAGS, before, after);
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

    /** The owner's stance labels for a paragraph, target to label. */
    public Map<String, String> stance(String paragraphId, String owner) {
        return store.read(() -> LabelRows.stances(store.connection(), paragraphId, owner));
    }

    /** The owner's spans of a paragraph, by start then end. */
    public List<Span> spans(String paragraphId, String owner) {
        return store.read(() -> LabelRows.spans(store.connection(), paragraphId, owner));
    }

    /** One owner's labels of one paragraph, as the workbench shows them. */
    public record OwnerLabels(Map<String, String> stance, List<Span> spans, boolean boilerplate, String comment) {
    }

    /** The owner's stance (by target), spans (by start then end) and flags of a paragraph, in one read. */
    public OwnerLabels ownerLabels(String paragraphId, String owner) {
        return store.read(() -> {
            Version labels = Versions.of(store.connection(), paragraphId, owner);
            Flags flags = flags(LabelRows.flags(store.connection(), paragraphId, owner));
            return new OwnerLabels(labels.stance(), labels.spans(), flags.boilerplate(), flags.comment());
        });
    }

    /** The owner's flags for a paragraph: boilerplate and comment. */
    public Flags flags(String paragraphId, String owner) {
        return store.read(() -> flags(LabelRows.flags(store.connection(), paragraphId, owner)));
    }

    private static Flags flags(Map<String, Object> row) {
        return row == null ? Flags.NONE
                : new Flags(Boolean.TRUE.equals(row.get("boilerplate")), (String) row.get("comment"));
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
