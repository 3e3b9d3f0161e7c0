package mizan.store;

import mizan.model.Annotator;
import mizan.model.Span;
import mizan.model.SpanRules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only event log, and undo/redo computed from it. Undo and redo append events of
 * their own (kind 'undo'/'redo', ref = the event reversed), so the stacks survive restarts and
 * the log stays a complete audit trail. A unit of undo is one event, or one batch of events
 * written by a single action. Each person has one undo stack per owner of labels she changes.
 */
public final class EventLog {

    private EventLog() {
    }

    /**
     * Appends one event; returns its id. {@code actor} is who acted, {@code owner} whose labels
     * the rows are (an annotator or {@link Annotator#GOLD}; the rows' own annotator, so undo
     * finds the change on the owner's stack), {@code source} where the change came from (null
     * for the workbench). {@code batch} groups it with others of one action, or null.
     */
    static long append(Connection c, String actor, String owner, String source, String paragraphId, String action,
                       String kind, Long ref, Long batch, Map<String, Object> before, Map<String, Object> after)
            throws SQLException {
        Map<String, Object> row = after != null ? after : before;
        if (row != null && row.containsKey("annotator") && !row.get("annotator").equals(owner)) {
            throw new IllegalArgumentException("an event of " + row.get("annotator") + "'s row logged as " + owner + "'s");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO events(at, annotator, owner, source, paragraph_id, action, kind, ref, batch, before, after)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, Labels.now());
            ps.setString(2, actor);
            ps.setString(3, owner);
            ps.setString(4, source);
            ps.setString(5, paragraphId);
            ps.setString(6, action);
            ps.setString(7, kind);
            ps.setObject(8, ref);
            ps.setObject(9, batch);
            ps.setString(10, RowImage.toJson(before));
            ps.setString(11, RowImage.toJson(after));
            ps.executeUpdate();
        }
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            return rs.getLong(1);
        }
    }

    /** The id the next event will get: the batch id for a batch started now. */
    static long nextId(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM events")) {
            return rs.getLong(1);
        }
    }

    /**
     * Reverses the top of the actor's undo stack (undo) or redo stack (redo) of changes to
     * {@code owner}'s labels; returns the unit's first event. Stacks are per owner (the events'
     * owner column): a reviewer's own labels and the gold she adjudicated are undone separately,
     * each in its own order. The undo or redo events have the owner of the events they reverse
     * and no source: the person undoing is at the workbench.
     */
    static Optional<Event> reverse(Connection c, String actor, String owner, boolean undo) throws SQLException {
        List<Event> events = query(c, "SELECT * FROM events WHERE annotator = ? AND owner = ? ORDER BY id", actor, owner);
        Map<Long, List<Event>> units = new HashMap<>();
        for (Event e : events) {
            if (e.kind().equals("do")) {
                units.computeIfAbsent(e.batch() == null ? e.id() : e.batch(), k -> new ArrayList<>()).add(e);
            }
        }
        Deque<Long> undoStack = new ArrayDeque<>();
        Deque<Long> redoStack = new ArrayDeque<>();
        for (Event e : events) {
            if (e.kind().equals("do")) {
                if (units.containsKey(e.id())) {
                    undoStack.push(e.id());
                    redoStack.clear();
                }
            } else if (units.containsKey(e.ref())) {
                // undo/redo events name every event they reverse; the unit moves once, on its leader
                if (e.kind().equals("undo")) {
                    undoStack.remove(e.ref());
                    redoStack.push(e.ref());
                } else {
                    redoStack.remove(e.ref());
                    undoStack.push(e.ref());
                }
            }
        }
        Deque<Long> stack = undo ? undoStack : redoStack;
        if (stack.isEmpty()) {
            return Optional.empty();
        }
        List<Event> unit = new ArrayList<>(units.get(stack.peek()));
        if (undo) {
            java.util.Collections.reverse(unit);
        }
        String kind = undo ? "undo" : "redo";
        Long batch = unit.size() > 1 ? nextId(c) : null;
        Event first = null;
        for (Event original : unit) {
            Map<String, Object> before = RowImage.fromJson(original.before());
            Map<String, Object> after = RowImage.fromJson(original.after());
            Map<String, Object> from = undo ? after : before;
            Map<String, Object> to = undo ? before : after;
            String table = LabelRows.tableOf(original.action());
            if (table.equals(LabelRows.SPAN)) {
                refuseIfBroken(c, from, to, kind);
            }
            LabelRows.write(c, table, from, to);
            long id = append(c, actor, owner, null, original.paragraphId(), original.action(), kind, original.id(), batch,
                    from, to);
            if (first == null) {
                first = new Event(id, Labels.now(), actor, owner, null, original.paragraphId(), original.action(), kind,
                        original.id(), batch, RowImage.toJson(from), RowImage.toJson(to));
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * Refuses to take away an entity a claim now cites, or to bring back a span that would now
     * break {@link SpanRules} (another of the owner's changes may have happened in between).
     */
    private static void refuseIfBroken(Connection c, Map<String, Object> from, Map<String, Object> to, String kind)
            throws SQLException {
        if (to == null) {
            refuseIfCited(c, ((Number) from.get("id")).longValue(), kind);
            return;
        }
        Span restored = LabelRows.spanFromImage(to);
        List<Span> others = LabelRows.spans(c, restored.paragraphId(), restored.annotator()).stream()
                .filter(s -> s.id() != restored.id()).toList();
        Optional<String> refused = SpanRules.refusal(others, restored);
        if (refused.isPresent()) {
            throw new StoreException("cannot " + kind + ": " + refused.get());
        }
    }

    private static void refuseIfCited(Connection c, long spanId, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM spans WHERE claimer_span_id = ?")) {
            ps.setLong(1, spanId);
            try (ResultSet rs = ps.executeQuery()) {
                long citing = rs.getLong(1);
                if (citing > 0) {
                    throw new StoreException("cannot " + kind + ": that entity is now the claimer of " + citing + " claim(s)");
                }
            }
        }
    }

    static List<Event> query(Connection c, String sql, Object... args) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
        }
        return out;
    }

    static Event event(ResultSet rs) throws SQLException {
        long ref = rs.getLong("ref");
        Long r = rs.wasNull() ? null : ref;
        long batch = rs.getLong("batch");
        Long b = rs.wasNull() ? null : batch;
        return new Event(rs.getLong("id"), rs.getString("at"), rs.getString("annotator"), rs.getString("owner"),
                rs.getString("source"), rs.getString("paragraph_id"), rs.getString("action"), rs.getString("kind"), r, b,
                rs.getString("before"), rs.getString("after"));
    }

    /** The log, newest last, filtered by paragraph and/or actor (null for any). */
    public static List<Event> list(Store store, String paragraphId, String actor, int limit) {
        return LogEntries.read(store, new LogEntries.Filter(paragraphId, actor, null), limit, false).stream()
                .map(LogEntries.Entry::first).toList();
    }
}
