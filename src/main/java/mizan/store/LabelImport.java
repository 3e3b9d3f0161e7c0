package mizan.store;

import mizan.model.AnnotationSet;
import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKey;
import mizan.model.SpanKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes imported annotations: each paragraph's labels for an owner replace what that owner had
 * there, row by row through {@link LabelRows} with an event-log entry per change, exactly as the
 * workbench's own changes are written (so undo and the audit trail treat them alike). A batch of
 * paragraphs is one transaction: one durable commit per batch, not per label. Labels that are
 * already there are left alone, so importing the same file twice changes nothing the second time.
 */
public final class LabelImport {

    /**
     * One paragraph's labels for one owner. Span ids are local: an entity's id is what a claim's
     * SPAN claimer refers to; the database gives the stored spans their own ids.
     */
    public record Entry(String paragraphId, String owner, AnnotationSet labels) {
    }

    private final Store store;

    public LabelImport(Store store) {
        this.store = store;
    }

    /** Writes a batch in one transaction; returns how many entries changed anything. */
    public int replace(List<Entry> batch) {
        return store.write(() -> {
            int changed = 0;
            for (Entry e : batch) {
                boolean a = stance(store.connection(), e);
                boolean b = spans(store.connection(), e);
                boolean c = flags(store.connection(), e);
                changed += a || b || c ? 1 : 0;
            }
            return changed;
        });
    }

    private static boolean stance(Connection c, Entry e) throws SQLException {
        Map<String, String> old = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT target, label FROM stance_labels WHERE paragraph_id = ? AND annotator = ?")) {
            ps.setString(1, e.paragraphId());
            ps.setString(2, e.owner());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    old.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        Map<String, String> all = new HashMap<>(old);
        all.putAll(e.labels().stance());
        boolean changed = false;
        for (String target : all.keySet()) {
            String before = old.get(target);
            String after = e.labels().stance().get(target);
            if (!Objects.equals(before, after)) {
                change(c, e, LabelRows.STANCE,
                        before == null ? null : LabelRows.stanceImage(e.paragraphId(), e.owner(), target, before),
                        after == null ? null : LabelRows.stanceImage(e.paragraphId(), e.owner(), target, after));
                changed = true;
            }
        }
        return changed;
    }

    private static boolean spans(Connection c, Entry e) throws SQLException {
        List<Span> old = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM spans WHERE paragraph_id = ? AND annotator = ? ORDER BY kind, id")) {
            ps.setString(1, e.paragraphId());
            ps.setString(2, e.owner());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    old.add(LabelRows.spanFrom(rs));
                }
            }
        }
        if (SpanKey.multiset(old).equals(SpanKey.multiset(e.labels().spans()))) {
            return false;
        }
        // claims first: a stored claim may cite one of the entities as its claimer
        for (SpanKind kind : new SpanKind[] {SpanKind.CLAIM, SpanKind.ENTITY}) {
            for (Span s : old) {
                if (s.kind() == kind) {
                    change(c, e, LabelRows.SPAN + ".delete", LabelRows.spanImage(s), null);
                }
            }
        }
        Map<Long, Long> stored = new HashMap<>();
        for (SpanKind kind : SpanKind.values()) {
            for (Span s : e.labels().spans()) {
                if (s.kind() != kind) {
                    continue;
                }
                Claimer cl = s.claimer();
                if (cl != null && cl.kind() == Claimer.Kind.SPAN) {
                    cl = Claimer.span(stored.get(cl.entitySpanId()));
                }
                Span row = new Span(0, e.paragraphId(), e.owner(), kind, s.start(), s.end(), s.label(),
                        s.checkWorthy(), cl, s.claimerStance());
                Span saved = Labels.insertSpan(c, row);
                stored.put(s.id(), saved.id());
                EventLog.append(c, e.owner(), e.paragraphId(), LabelRows.SPAN + ".add", "do", null, null, null,
                        LabelRows.spanImage(saved));
            }
        }
        return true;
    }

    private static boolean flags(Connection c, Entry e) throws SQLException {
        Map<String, Object> before = LabelRows.flags(c, e.paragraphId(), e.owner());
        String comment = before == null ? null : (String) before.get("comment");
        boolean flagged = e.labels().boilerplate();
        Map<String, Object> after = !flagged && comment == null ? null
                : LabelRows.flagsImage(e.paragraphId(), e.owner(), flagged, comment);
        if (Objects.equals(before, after)) {
            return false;
        }
        change(c, e, LabelRows.FLAGS, before, after);
        return true;
    }

    private static void change(Connection c, Entry e, String action, Map<String, Object> before,
                               Map<String, Object> after) throws SQLException {
        LabelRows.write(c, action.split("\\.")[0], before, after);
        EventLog.append(c, e.owner(), e.paragraphId(), action, "do", null, null, before, after);
    }
}
