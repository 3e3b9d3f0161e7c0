package mizan.tui.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.model.Annotator;
import mizan.store.Event;
import mizan.store.Store;
import mizan.tui.Change;
import mizan.tui.Effect;
import mizan.tui.Msg;
import mizan.tui.ParaLabels;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs the label changes, undo and redo against the store, one at a time and in the order the
 * keys asked for them, on the runtime's writer thread. Each change is its own durable transaction
 * (row and event log together) and is answered, by its number, with the paragraph's labels as
 * the store holds them right after it: {@link Msg.Saved}, or {@link Msg.WriteFailed} with the
 * reason when the store finally refused or failed.
 */
final class EffectRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    /** Who acts (logged in the event log). */
    private final String actor;
    /** Whose labels change: the annotator, or gold when adjudicating. */
    private final String owner;
    private final int targets;
    private final Consumer<Msg> reply;
    /** The newest position asked to be remembered: older ones still queued are skipped. */
    private final AtomicLong rememberAsked = new AtomicLong();

    EffectRunner(Store store, String actor, String owner, int targets, Consumer<Msg> reply) {
        this.store = store;
        this.actor = actor;
        this.owner = owner;
        this.targets = targets;
        this.reply = reply;
    }

    /** Numbers a Remember effect as it is queued, so that only the last of a burst is written. */
    long asked() {
        return rememberAsked.incrementAndGet();
    }

    void remember(String paragraphId, long ticket) {
        if (ticket != rememberAsked.get()) {
            return;
        }
        try {
            store.labels().rememberPosition(actor, paragraphId);
        } catch (RuntimeException e) {
            // where the annotator was is a convenience: never worth an error on the screen
        }
    }

    void run(Effect e) {
        if (e instanceof Effect.Write w) {
            write(w.seq(), w.change());
        } else if (e instanceof Effect.Revert r) {
            revert(r);
        }
    }

    private void write(long seq, Change c) {
        String pid = c.paragraphId();
        try {
            apply(c);
        } catch (RuntimeException ex) {
            String why = ParagraphLoader.message(ex);
            try {
                ParaLabels now = ParagraphLoader.labels(store, pid, owner);
                reply.accept(new Msg.WriteFailed(seq, pid, now, finished(pid, now), why));
            } catch (RuntimeException unreadable) {
                reply.accept(new Msg.WriteFailed(seq, pid, null, false, why));
            }
            return;
        }
        ParaLabels now;
        try {
            now = ParagraphLoader.labels(store, pid, owner);
        } catch (RuntimeException ex) {
            now = null; // saved, but not readable back right now: the state keeps what was asked
        }
        reply.accept(new Msg.Saved(seq, pid, now, now != null && finished(pid, now)));
    }

    private void apply(Change c) {
        var labels = store.labels();
        if (c instanceof Change.SetStance s) {
            labels.setStance(actor, owner, s.paragraphId(), s.target(), s.label());
        } else if (c instanceof Change.TagEntity t) {
            labels.tagEntity(actor, owner, t.paragraphId(), t.start(), t.end(), t.type());
        } else if (c instanceof Change.DeleteSpan d) {
            labels.deleteSpan(actor, owner, d.paragraphId(), d.kind(), d.start(), d.end());
        } else if (c instanceof Change.SetClaim sc) {
            labels.setClaim(actor, owner, sc.paragraphId(), sc.start(), sc.end(), sc.checkWorthy(), sc.claimer(),
                    sc.claimerStance());
        } else if (c instanceof Change.SetFlags f) {
            labels.setFlags(actor, owner, f.paragraphId(), f.boilerplate(), f.comment());
        } else if (c instanceof Change.TakeVersion t) {
            store.gold().take(actor, t.paragraphId(), t.annotator(), "picked", List.of(t.annotator()));
        } else {
            throw new IllegalArgumentException("unknown change " + c);
        }
    }

    /** Done, as the store counts it: every target has a stance or it is flagged; when adjudicating, decided. */
    private boolean finished(String paragraphId, ParaLabels l) {
        if (Annotator.GOLD.equals(owner) && !owner.equals(actor)) {
            return !store.gold().decided(paragraphId).isEmpty();
        }
        return l.boilerplate() || l.stance().size() >= targets;
    }

    private void revert(Effect.Revert r) {
        String verb = r.undo() ? "undo" : "redo";
        try {
            Optional<Event> ev = r.undo() ? store.labels().undo(actor, owner) : store.labels().redo(actor, owner);
            if (ev.isEmpty()) {
                reply.accept(new Msg.Reverted(r.undo(), r.seq(), null, null, false, "nothing to " + verb
                        + (owner.equals(actor) ? "" : " in gold"), false));
                return;
            }
            String pid = ev.get().paragraphId();
            ParaLabels now = ParagraphLoader.labels(store, pid, owner);
            reply.accept(new Msg.Reverted(r.undo(), r.seq(), pid, now, finished(pid, now), describe(ev.get(), pid),
                    false));
        } catch (RuntimeException ex) {
            String why = ParagraphLoader.message(ex);
            reply.accept(new Msg.Reverted(r.undo(), r.seq(), null, null, false,
                    why.contains("cannot " + verb) ? why : "cannot " + verb + ": " + why, true));
        }
    }

    /** What an event changed, in words: "PERS «بوتين»", "MILCOOP = FAVOR", "the gold decision". */
    String describe(Event e, String paragraphId) {
        if (e.batch() != null) {
            return "the gold decision on ¶ " + paragraphId.substring(paragraphId.lastIndexOf('-') + 1);
        }
        JsonNode img = image(e.after() != null ? e.after() : e.before());
        JsonNode other = image(e.after() != null ? e.before() : null);
        String table = e.action().split("\\.")[0];
        return switch (table) {
            case "stance" -> img.path("target").asText() + " = " + img.path("label").asText();
            case "span" -> {
                String kind = img.path("kind").asText();
                String text = slice(paragraphId, img.path("start").asInt(), img.path("end").asInt());
                String type = kind.equals("entity") ? img.path("label").asText() : "claim";
                if (e.action().endsWith(".update") && other != null && kind.equals("entity")) {
                    yield other.path("label").asText() + " → " + type + " " + text;
                }
                yield type + " " + text;
            }
            case "flags" -> img.path("boilerplate").asBoolean() ? "boilerplate flag" : "flags and comment";
            default -> e.action();
        };
    }

    private String slice(String paragraphId, int start, int end) {
        try {
            String text = store.documents().paragraph(paragraphId).map(mizan.model.Paragraph::text).orElse("");
            int a = text.offsetByCodePoints(0, start);
            return "«\u2068" + text.substring(a, text.offsetByCodePoints(a, end - start)) + "\u2069»";
        } catch (RuntimeException ex) {
            return "[" + start + ", " + end + ")";
        }
    }

    private static JsonNode image(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException ex) {
            return JSON.createObjectNode();
        }
    }
}
