package mizan.store;

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
 * the log stays a complete audit trail.
 */
public final class EventLog {

    private EventLog() {
    }

    static long append(Connection c, String actor, String paragraphId, String action, String kind, Long ref,
                       Map<String, Object> before, Map<String, Object> after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO events(at, annotator, paragraph_id, action, kind, ref, before, after)"
                        + " VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, Labels.now());
            ps.setString(2, actor);
            ps.setString(3, paragraphId);
            ps.setString(4, action);
            ps.setString(5, kind);
            ps.setObject(6, ref);
            ps.setString(7, RowImage.toJson(before));
            ps.setString(8, RowImage.toJson(after));
            ps.executeUpdate();
        }
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            return rs.getLong(1);
        }
    }

    /** Reverses the top of the actor's undo stack (undo) or redo stack (redo). */
    static Optional<Event> reverse(Connection c, String actor, boolean undo) throws SQLException {
        List<Event> events = query(c, "SELECT * FROM events WHERE annotator = ? ORDER BY id", actor);
        Deque<Long> undoStack = new ArrayDeque<>();
        Deque<Long> redoStack = new ArrayDeque<>();
        Map<Long, Event> byId = new HashMap<>();
        for (Event e : events) {
            byId.put(e.id(), e);
            switch (e.kind()) {
                case "do" -> {
                    undoStack.push(e.id());
                    redoStack.clear();
                }
                case "undo" -> {
                    undoStack.remove(e.ref());
                    redoStack.push(e.ref());
                }
                case "redo" -> {
                    redoStack.remove(e.ref());
                    undoStack.push(e.ref());
                }
                default -> throw new StoreException("unknown event kind " + e.kind() + " in event " + e.id());
            }
        }
        Deque<Long> stack = undo ? undoStack : redoStack;
        if (stack.isEmpty()) {
            return Optional.empty();
        }
        Event original = byId.get(stack.peek());
        String table = original.action().split("\\.")[0];
        Map<String, Object> before = RowImage.fromJson(original.before());
        Map<String, Object> after = RowImage.fromJson(original.after());
        Map<String, Object> from = undo ? after : before;
        Map<String, Object> to = undo ? before : after;
        if (table.equals(LabelRows.SPAN) && from != null && to == null) {
            long citing;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM spans WHERE claimer_span_id = ?")) {
                ps.setLong(1, ((Number) from.get("id")).longValue());
                try (ResultSet rs = ps.executeQuery()) {
                    citing = rs.getLong(1);
                }
            }
            if (citing > 0) {
                throw new StoreException("cannot " + (undo ? "undo" : "redo") + ": that entity is now the claimer of "
                        + citing + " claim(s)");
            }
        }
        LabelRows.write(c, table, from, to);
        String kind = undo ? "undo" : "redo";
        long id = append(c, actor, original.paragraphId(), original.action(), kind, original.id(), from, to);
        return Optional.of(new Event(id, Labels.now(), actor, original.paragraphId(), original.action(), kind,
                original.id(), RowImage.toJson(from), RowImage.toJson(to)));
    }

    static List<Event> query(Connection c, String sql, Object... args) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ref = rs.getLong("ref");
                    out.add(new Event(rs.getLong("id"), rs.getString("at"), rs.getString("annotator"),
                            rs.getString("paragraph_id"), rs.getString("action"), rs.getString("kind"),
                            rs.wasNull() ? null : ref, rs.getString("before"), rs.getString("after")));
                }
            }
        }
        return out;
    }
}
