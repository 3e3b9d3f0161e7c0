package mizan.store;

import mizan.model.AnnotationSet;
import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKey;
import mizan.model.SpanKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes imported annotations: each paragraph's labels for an owner replace what that owner had
 * there, row by row through {@link LabelRows} with an event-log entry per change, exactly as the
 * workbench's own changes are written. Each event names the person importing as the one who
 * acted, the entry's owner as whose labels changed, and the file as its source, so the audit trail
 * says who brought the labels in and from where. A batch of paragraphs is one transaction: one
 * durable commit per batch, not per label. Labels that are already there are left alone, so
 * importing the same file twice changes nothing the second time.
 *
 * <p>Spans obey the same rules as in the workbench ({@link mizan.text.SpanEdges},
 * {@link mizan.model.SpanRules}). The same label given twice for a paragraph is one label, kept
 * once without a word: tools that merge annotations repeat labels, and the repeat says nothing
 * new. Anything else a paragraph's owner could not have made by hand, two entity types on the
 * same edges, crossing entities, two claims on the same edges, an edge on a space or inside a
 * letter's marks, is refused with a StoreException naming the paragraph and the span, and the
 * batch being written is rolled back: which of two conflicting labels is right is for the person
 * importing to decide, not for the store to guess. Batches written before stay; importing the
 * corrected file again completes the import without repeating them.
 */
public final class LabelImport {

    /**
     * One paragraph's labels for one owner. Span ids are local: an entity's id is what a claim's
     * SPAN claimer refers to; the database gives the stored spans their own ids.
     */
    public record Entry(String paragraphId, String owner, AnnotationSet labels) {
    }

    private final Store store;
    private final String actor;
    private final String source;

    /**
     * @param actor  the person importing, logged as the one who acted (the entries' owners are logged as owners)
     * @param source where the labels came from, logged with every change ("import-annotations FILE")
     */
    public LabelImport(Store store, String actor, String source) {
        this.store = store;
        this.actor = actor;
        this.source = source;
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

    private boolean stance(Connection c, Entry e) throws SQLException {
        Map<String, String> old = LabelRows.stances(c, e.paragraphId(), e.owner());
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

    private boolean spans(Connection c, Entry e) throws SQLException {
        List<Span> old = LabelRows.spans(c, e.paragraphId(), e.owner());
        List<Span> wanted = distinct(e);
        if (SpanKey.multiset(old).equals(SpanKey.multiset(wanted))) {
            return false;
        }
        refuseBroken(c, e, wanted);
        // claims first: a stored claim may cite one of the entities as its claimer
        for (SpanKind kind : new SpanKind[] {SpanKind.CLAIM, SpanKind.ENTITY}) {
            for (Span s : old) {
                if (s.kind() == kind) {
                    change(c, e, LabelRows.SPAN + ".delete", LabelRows.spanImage(s), null);
                }
            }
        }
        Map<Long, Long> stored = new HashMap<>();
        for (Span s : wanted) {
            Span saved = Labels.insertSpan(c, withClaimer(s, stored));
            stored.put(s.id(), saved.id());
            EventLog.append(c, actor, e.owner(), source, e.paragraphId(), LabelRows.SPAN + ".add", "do", null, null,
                    null, LabelRows.spanImage(saved));
        }
        return true;
    }

    /**
     * The entry's spans as rows of its paragraph and owner, entities first, without repeats of
     * the same label. Ids stay local; a claim citing an entity dropped as a repeat cites the copy kept.
     */
    private static List<Span> distinct(Entry e) {
        List<Span> given = e.labels().spans();
        Map<Object, Span> kept = new LinkedHashMap<>();
        Map<Long, Long> sameAs = new HashMap<>();
        for (SpanKind kind : SpanKind.values()) {
            for (Span s : given) {
                if (s.kind() != kind) {
                    continue;
                }
                Span row = withClaimer(new Span(s.id(), e.paragraphId(), e.owner(), kind, s.start(), s.end(),
                        s.label(), s.checkWorthy(), s.claimer(), s.claimerStance()), sameAs);
                Span first = kept.putIfAbsent(SpanKey.of(row, given), row);
                if (first != null && kind == SpanKind.ENTITY) {
                    sameAs.put(s.id(), first.id());
                }
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** The span with its entity claimer's id looked up in {@code ids}, when it is there. */
    private static Span withClaimer(Span s, Map<Long, Long> ids) {
        Claimer cl = s.claimer();
        if (cl == null || cl.kind() != Claimer.Kind.SPAN || !ids.containsKey(cl.entitySpanId())) {
            return s;
        }
        return new Span(s.id(), s.paragraphId(), s.annotator(), s.kind(), s.start(), s.end(), s.label(),
                s.checkWorthy(), Claimer.span(ids.get(cl.entitySpanId())), s.claimerStance());
    }

    /** Refuses the whole batch, naming the paragraph and the span, when a span breaks a rule. */
    private static void refuseBroken(Connection c, Entry e, List<Span> wanted) throws SQLException {
        List<Span> checked = new ArrayList<>();
        for (Span s : wanted) {
            String refused = Labels.refusal(c, s, checked);
            if (refused != null) {
                throw new StoreException("paragraph " + e.paragraphId() + ", " + e.owner() + "'s "
                        + (s.kind() == SpanKind.ENTITY ? "entity " + s.label() : "claim") + " at " + s.start() + "–"
                        + s.end() + ": " + refused + "; the import stopped there: correct the file and import it"
                        + " again (what was imported before stays, and is not repeated)");
            }
            checked.add(s);
        }
    }

    private boolean flags(Connection c, Entry e) throws SQLException {
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

    private void change(Connection c, Entry e, String action, Map<String, Object> before,
                        Map<String, Object> after) throws SQLException {
        LabelRows.write(c, LabelRows.tableOf(action), before, after);
        EventLog.append(c, actor, e.owner(), source, e.paragraphId(), action, "do", null, null, before, after);
    }
}
