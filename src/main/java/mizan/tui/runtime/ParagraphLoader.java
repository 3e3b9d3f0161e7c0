package mizan.tui.runtime;

import mizan.model.Document;
import mizan.model.Paragraph;
import mizan.model.Version;
import mizan.store.Labels;
import mizan.store.Queues;
import mizan.store.Store;
import mizan.store.StoreException;
import mizan.store.Versions;
import mizan.tui.Effect;
import mizan.tui.Msg;
import mizan.tui.ParaLabels;
import mizan.tui.ParagraphData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads paragraphs and searches the queue, on a thread and a connection of its own, so moving
 * on never waits behind a label still being written. WAL readers never wait for writers.
 */
final class ParagraphLoader {

    private final Store store;
    private final String owner;
    private final boolean adjudicating;
    private final List<String> queue;
    private final Consumer<Msg> reply;
    /** Documents already read this session: titles and paragraph counts. */
    private final Map<String, Document> docs = new HashMap<>();

    ParagraphLoader(Store store, String owner, boolean adjudicating, List<String> queue, Consumer<Msg> reply) {
        this.store = store;
        this.owner = owner;
        this.adjudicating = adjudicating;
        this.queue = queue;
        this.reply = reply;
    }

    void run(Effect e) {
        if (e instanceof Effect.Load l) {
            try {
                reply.accept(new Msg.Loaded(data(l.paragraphId()), labels(store, l.paragraphId(), owner)));
            } catch (RuntimeException ex) {
                reply.accept(new Msg.LoadFailed(l.paragraphId(), message(ex)));
            }
        } else if (e instanceof Effect.Search s) {
            try {
                var hit = Queues.find(store, queue, s.query(), s.fromIndex(), s.fromCp(), s.forward());
                reply.accept(hit.map(h -> new Msg.Found(s.query(), h.index(), h.start(), h.end(), h.wrapped()))
                        .orElse(new Msg.Found(s.query(), -1, -1, -1, false)));
            } catch (RuntimeException ex) {
                reply.accept(new Msg.Found(s.query(), -1, -1, -1, false));
            }
        }
    }

    ParagraphData data(String paragraphId) {
        Paragraph p = store.documents().paragraph(paragraphId)
                .orElseThrow(() -> new StoreException("paragraph " + paragraphId + " is not in the database"));
        Document d = docs.computeIfAbsent(p.docId(), id -> store.documents().find(id).orElseThrow());
        String prev = p.index() > 0 ? store.documents().paragraph(Paragraph.idOf(d.id(), p.index() - 1))
                .map(Paragraph::text).orElse(null) : null;
        String next = store.documents().paragraph(Paragraph.idOf(d.id(), p.index() + 1)).map(Paragraph::text).orElse(null);
        // blind labeling: other annotators' versions are read only when a reviewer adjudicates
        List<Version> versions = adjudicating ? Versions.all(store, paragraphId) : List.of();
        return new ParagraphData(p, d.title(), d.paragraphCount(), prev, next, versions);
    }

    /** The owner's labels of a paragraph as the store holds them. */
    static ParaLabels labels(Store store, String paragraphId, String owner) {
        Labels.OwnerLabels l = store.labels().ownerLabels(paragraphId, owner);
        return new ParaLabels(l.stance(), l.spans(), l.boilerplate(), l.comment());
    }

    static String message(RuntimeException ex) {
        // anything else is a fault in mizan: its class name means nothing to an annotator
        return ex instanceof StoreException && ex.getMessage() != null ? ex.getMessage()
                : "an unexpected failure in mizan (a fault, not something you did)";
    }
}
