package mizan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.model.Annotator;
import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adjudicated labels. Gold labels are stored under {@link Annotator#GOLD}; every change to them
 * also records, in the same transaction and the same undo batch, who decided the paragraph's task,
 * how (picked a version, edited, unanimous) and from whose versions.
 */
public final class Gold {

    public static final List<String> TASKS = List.of("stance", "entities", "claims");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    Gold(Store store) {
        this.store = store;
    }

    /** The task a label change belongs to. */
    static String taskOf(String table, Map<String, Object> image) {
        if (table.equals(LabelRows.STANCE)) {
            return "stance";
        }
        if (table.equals(LabelRows.SPAN)) {
            return "entity".equals(image.get("kind")) ? "entities" : "claims";
        }
        return null;
    }

    /** Records a reviewer's edit of gold: provenance 'edited' from every annotator's version of the paragraph. */
    static void recordEdit(Connection c, String actor, String paragraphId, String task, long batch) throws SQLException {
        if (task == null) {
            return;
        }
        List<String> sources = Versions.annotatorsOf(c, paragraphId);
        record(c, actor, paragraphId, task, "edited", sources, batch);
    }

    static void record(Connection c, String actor, String paragraphId, String task, String method, List<String> sources,
                       long batch) throws SQLException {
        Map<String, Object> before = LabelRows.gold(c, paragraphId, task);
        String src;
        try {
            src = JSON.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> after = RowImage.of("paragraph_id", paragraphId, "task", task, "adjudicator", actor,
                "method", method, "sources", src, "decided_at", Labels.now());
        LabelRows.write(c, LabelRows.GOLD, before, after);
        EventLog.append(c, actor, Annotator.GOLD, null, paragraphId, LabelRows.GOLD, "do", null, batch, before, after);
    }

    /**
     * Makes gold for the paragraph a copy of {@code from}'s labels (stance, entities, claims with
     * their claimer links), as one undoable action.
     *
     * @param method 'picked' by a reviewer, or 'unanimous' when every version agreed
     */
    public void take(String actor, String paragraphId, String from, String method, List<String> sources) {
        store.write(() -> {
            takeIn(store.connection(), actor, paragraphId, from, method, sources);
            return null;
        });
    }

    static void takeIn(Connection c, String actor, String paragraphId, String from, String method, List<String> sources)
            throws SQLException {
        takeIn(c, actor, paragraphId, from, method, sources, EventLog.nextId(c));
    }

    /**
     * Takes {@code from}'s labels into gold as part of the undo batch {@code batch}: several
     * paragraphs taken in one transaction under one batch are undone and redone together.
     */
    static void takeIn(Connection c, String actor, String paragraphId, String from, String method, List<String> sources,
                       long batch) throws SQLException {
        mizan.model.Version gold = Versions.of(c, paragraphId, Annotator.GOLD);
        mizan.model.Version theirs = Versions.of(c, paragraphId, from);
        // clear gold: claims first (they may cite entities), then entities, then stance
        for (SpanKind kind : new SpanKind[] {SpanKind.CLAIM, SpanKind.ENTITY}) {
            for (Span s : gold.spans()) {
                if (s.kind() == kind) {
                    Map<String, Object> before = LabelRows.spanImage(s);
                    LabelRows.write(c, LabelRows.SPAN, before, null);
                    EventLog.append(c, actor, Annotator.GOLD, null, paragraphId, LabelRows.SPAN + ".delete", "do", null,
                            batch, before, null);
                }
            }
        }
        for (String target : gold.stance().keySet()) {
            Map<String, Object> before = LabelRows.stance(c, paragraphId, Annotator.GOLD, target);
            LabelRows.write(c, LabelRows.STANCE, before, null);
            EventLog.append(c, actor, Annotator.GOLD, null, paragraphId, LabelRows.STANCE, "do", null, batch, before,
                    null);
        }
        for (Map.Entry<String, String> e : theirs.stance().entrySet()) {
            Map<String, Object> after = LabelRows.stanceImage(paragraphId, Annotator.GOLD, e.getKey(), e.getValue());
            LabelRows.write(c, LabelRows.STANCE, null, after);
            EventLog.append(c, actor, Annotator.GOLD, null, paragraphId, LabelRows.STANCE, "do", null, batch, null,
                    after);
        }
        Map<Long, Long> newIds = new HashMap<>();
        for (SpanKind kind : new SpanKind[] {SpanKind.ENTITY, SpanKind.CLAIM}) {
            for (Span s : theirs.spans()) {
                if (s.kind() != kind) {
                    continue;
                }
                Claimer claimer = s.claimer();
                if (claimer != null && claimer.kind() == Claimer.Kind.SPAN) {
                    claimer = Claimer.span(newIds.get(claimer.entitySpanId()));
                }
                Span copy = new Span(0, paragraphId, Annotator.GOLD, s.kind(), s.start(), s.end(), s.label(),
                        s.checkWorthy(), claimer, s.claimerStance());
                Span saved = Labels.insertSpan(c, copy);
                newIds.put(s.id(), saved.id());
                EventLog.append(c, actor, Annotator.GOLD, null, paragraphId, LabelRows.SPAN + ".add", "do", null, batch,
                        null, LabelRows.spanImage(saved));
            }
        }
        for (String task : TASKS) {
            record(c, actor, paragraphId, task, method, sources, batch);
        }
    }

    /** Paragraphs with any task decided into gold. */
    public java.util.Set<String> decidedParagraphs() {
        return store.read(() -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (var ps = store.connection().prepareStatement("SELECT DISTINCT paragraph_id FROM gold");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Tasks already decided into gold for a paragraph, with their provenance row. */
    public Map<String, Map<String, Object>> decided(String paragraphId) {
        return store.read(() -> {
            Map<String, Map<String, Object>> out = new HashMap<>();
            for (String task : TASKS) {
                Map<String, Object> row = LabelRows.gold(store.connection(), paragraphId, task);
                if (row != null) {
                    out.put(task, row);
                }
            }
            return out;
        });
    }
}
