package mizan.tui.runtime;

import mizan.model.Document;
import mizan.model.LabelScheme;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.store.Event;
import mizan.store.Labels;
import mizan.store.Queues;
import mizan.store.Store;
import mizan.store.StoreException;
import mizan.text.Nfc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the workbench's effects against the store, on the runtime's I/O thread, and reports each
 * outcome as a message. A change is committed (row and event log, one transaction) before the
 * {@link Msg.Loaded} that shows it is sent; a failure sends {@link Msg.Failed} and changes nothing.
 */
final class Worker {

    private final Store store;
    /** Who acts (logged in the event log). */
    private final String annotator;
    /** Whose labels change: the annotator, or gold when adjudicating. */
    private final String owner;
    private final LabelScheme scheme;
    private final List<String> queue;
    private final Map<String, Integer> position = new HashMap<>();
    private final Set<String> finished;
    private final Map<String, Document> docs = new HashMap<>();
    private final Consumer<Msg> send;

    Worker(Store store, String annotator, String owner, LabelScheme scheme, List<String> queue, Consumer<Msg> send) {
        this.store = store;
        this.annotator = annotator;
        this.owner = owner;
        this.scheme = scheme;
        this.queue = queue;
        this.send = send;
        for (int i = 0; i < queue.size(); i++) {
            position.put(queue.get(i), i);
        }
        this.finished = new HashSet<>(adjudicating() ? store.gold().decidedParagraphs()
                : store.labels().finishedParagraphs(annotator, scheme.targets().size()));
        this.finished.retainAll(position.keySet());
    }

    private boolean adjudicating() {
        return !owner.equals(annotator);
    }

    int done() {
        return finished.size();
    }

    /** The first paragraph of the queue not yet finished (the last one when all are). */
    int firstUnfinished() {
        for (int i = 0; i < queue.size(); i++) {
            if (!finished.contains(queue.get(i))) {
                return i;
            }
        }
        return Math.max(0, queue.size() - 1);
    }

    void run(Effect e) {
        try {
            if (e instanceof Effect.Load l) {
                load(Math.max(0, Math.min(queue.size() - 1, l.index())), false, null);
            } else if (e instanceof Effect.SetStance st) {
                store.labels().setStance(annotator, owner, st.paragraphId(), st.target(), st.label());
                reload(st.paragraphId(), "saved ✓ " + st.target() + " = " + st.label());
            } else if (e instanceof Effect.AddSpan a) {
                Span s = a.span();
                var saved = store.labels().addSpan(annotator, new Span(0, s.paragraphId(), owner, s.kind(), s.start(),
                        s.end(), s.label(), s.checkWorthy(), s.claimer(), s.claimerStance()));
                reload(a.span().paragraphId(), "saved ✓ " + (saved.label() != null ? saved.label() : "claim") + " span");
            } else if (e instanceof Effect.DeleteSpan d) {
                store.labels().deleteSpan(annotator, d.spanId());
                reload(d.paragraphId(), "saved ✓ span deleted");
            } else if (e instanceof Effect.SetFlags f) {
                store.labels().setFlags(annotator, owner, f.paragraphId(), f.boilerplate(), f.comment());
                reload(f.paragraphId(), "saved ✓ " + (f.boilerplate() ? "flagged boilerplate" : "flags")
                        + (f.comment() != null && !f.comment().isBlank() ? ", comment" : ""));
            } else if (e instanceof Effect.Undo || e instanceof Effect.Redo) {
                boolean undo = e instanceof Effect.Undo;
                Optional<Event> ev = undo ? store.labels().undo(annotator) : store.labels().redo(annotator);
                if (ev.isEmpty()) {
                    send.accept(new Msg.Failed(undo ? "nothing to undo" : "nothing to redo", true));
                } else {
                    reload(ev.get().paragraphId(), (undo ? "undone ✓ " : "redone ✓ ") + ev.get().action());
                }
            } else if (e instanceof Effect.TakeVersion t) {
                List<String> sources = mizan.store.Versions.all(store, t.paragraphId()).stream()
                        .map(mizan.model.Version::annotator).toList();
                store.gold().take(annotator, t.paragraphId(), t.annotator(), "picked", List.of(t.annotator()));
                reload(t.paragraphId(), "saved ✓ gold = " + t.annotator() + "'s version (of " + String.join(", ", sources) + ")");
            } else if (e instanceof Effect.Goto g) {
                goTo(g.where());
            } else if (e instanceof Effect.Search s) {
                search(s.text(), s.from());
            }
        } catch (StoreException ex) {
            send.accept(new Msg.Failed("not saved: " + ex.getMessage(), e.writes()));
        } catch (RuntimeException ex) {
            send.accept(new Msg.Failed("failed: " + ex, e.writes()));
        }
    }

    private void reload(String paragraphId, String message) {
        Integer idx = position.get(paragraphId);
        ParagraphData data = data(paragraphId);
        if (idx != null) {
            if (data.finished()) {
                finished.add(paragraphId);
            } else {
                finished.remove(paragraphId);
            }
        }
        send.accept(new Msg.Loaded(idx == null ? -1 : idx, data, true, message, finished.size()));
    }

    private void load(int index, boolean saved, String message) {
        if (queue.isEmpty()) {
            send.accept(new Msg.Failed("your queue is empty: nothing is assigned to " + annotator, false));
            return;
        }
        String id = queue.get(index);
        send.accept(new Msg.Loaded(index, data(id), saved, message, finished.size()));
        store.labels().rememberPosition(annotator, id);
    }

    ParagraphData data(String paragraphId) {
        Paragraph p = store.documents().paragraph(paragraphId)
                .orElseThrow(() -> new StoreException("paragraph " + paragraphId + " is not in the database"));
        Document d = docs.computeIfAbsent(p.docId(), id -> store.documents().find(id).orElseThrow());
        String prev = p.index() > 0 ? store.documents().paragraph(Paragraph.idOf(d.id(), p.index() - 1))
                .map(Paragraph::text).orElse(null) : null;
        String next = store.documents().paragraph(Paragraph.idOf(d.id(), p.index() + 1)).map(Paragraph::text).orElse(null);
        Map<String, String> stance = store.labels().stance(paragraphId, owner);
        Labels.Flags flags = store.labels().flags(paragraphId, owner);
        boolean done = adjudicating() ? !store.gold().decided(paragraphId).isEmpty()
                : flags.boilerplate() || stance.size() >= scheme.targets().size();
        // blind labeling: other annotators' versions are read only when a reviewer adjudicates
        List<mizan.model.Version> versions = adjudicating() ? mizan.store.Versions.all(store, paragraphId)
                : List.of();
        return new ParagraphData(p, d.title(), d.paragraphCount(), prev, next, stance,
                store.labels().spans(paragraphId, owner), flags.boilerplate(), flags.comment(), done, versions);
    }

    private void goTo(String where) {
        String w = where.strip();
        if (w.matches("\\d+")) {
            int n = Integer.parseInt(w);
            if (n < 1 || n > queue.size()) {
                send.accept(new Msg.Failed("no paragraph " + n + " in your queue (1–" + queue.size() + ")", false));
            } else {
                load(n - 1, false, null);
            }
            return;
        }
        String[] parts = w.split(":", 2);
        int para = 0;
        if (parts.length == 2) {
            try {
                para = Integer.parseInt(parts[1].strip()) - 1;
            } catch (NumberFormatException e) {
                send.accept(new Msg.Failed("'" + w + "': expected document id:paragraph number", false));
                return;
            }
        }
        String prefix = parts[0].strip();
        int best = -1;
        for (int i = 0; i < queue.size(); i++) {
            String id = queue.get(i);
            int dash = id.lastIndexOf('-');
            if (id.startsWith(prefix) && Integer.parseInt(id.substring(dash + 1)) >= para) {
                best = i;
                break;
            }
        }
        if (best < 0) {
            send.accept(new Msg.Failed("no document '" + prefix + "' in your queue", false));
        } else {
            load(best, false, null);
        }
    }

    private void search(String text, int from) {
        Set<String> hits = Queues.containing(store, Nfc.normalize(text));
        for (int k = 1; k <= queue.size(); k++) {
            int i = (from + k) % queue.size();
            if (hits.contains(queue.get(i))) {
                load(i, false, "found «" + text + "»" + (i <= from ? " (from the top)" : ""));
                return;
            }
        }
        send.accept(new Msg.Failed("«" + text + "» is not in your queue", false));
    }
}
