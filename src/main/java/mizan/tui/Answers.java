package mizan.tui;

import mizan.tui.Waiting.Barrier;

import java.util.List;

/**
 * The store's answers: a change confirmed or failed, an undo or redo done, a search hit. An
 * answer never undoes what later keys asked for: the paragraph's labels become what the store
 * holds, with the changes still on their way applied on top again.
 */
final class Answers {

    private Answers() {
    }

    static State saved(State s, Msg.Saved m, List<Effect> out) {
        Writes.Pending p = s.writes().find(m.seq()).orElse(null);
        Writes w = s.writes().answered(m.seq(), p != null && p.change().isLabel()).failed(m.paragraphId(), null);
        State n = rebase(s.withWrites(w), m.seq(), m.paragraphId(), m.labels(), m.finished());
        if (!n.writes().saving()) {
            return n.info("saved ✓ " + (p == null ? "" : p.what()));
        }
        int left = n.writes().unconfirmed().size();
        return n.info("saving… " + left + " change" + (left == 1 ? "" : "s"));
    }

    static State failed(State s, Msg.WriteFailed m) {
        Writes.Pending p = s.writes().find(m.seq()).orElse(null);
        String what = p == null ? "a change" : p.what();
        Writes w = s.writes().answered(m.seq(), false).failed(m.paragraphId(), m.reason());
        boolean wasQuitting = w.quitting();
        State n = rebase(s.withWrites(w.quitting(false)), m.seq(), m.paragraphId(), m.labels(), m.finished());
        String where = number(m.paragraphId());
        return n.withStatus(State.Status.error("not saved: " + what + " on " + where + ": " + m.reason()
                + (wasQuitting ? " — q quits anyway" : "")));
    }

    static State reverted(State s, Msg.Reverted m, List<Effect> out) {
        State n = s.withWaiting(s.waiting().on(Barrier.NONE));
        String verb = m.undo() ? "undone" : "redone";
        if (m.paragraphId() == null) {
            return m.failed() ? n.withStatus(State.Status.error(m.what())) : n.info(m.what());
        }
        n = rebase(n, m.seq(), m.paragraphId(), m.labels(), m.finished());
        int at = n.queue().indexOf(m.paragraphId());
        if (at >= 0 && at != n.queue().index()) {
            n = Update.goTo(n, at, out);
        }
        return n.info(verb + ": " + m.what() + (at < 0 ? " (" + number(m.paragraphId()) + ", not in this queue)" : ""));
    }

    static State found(State s, Msg.Found m, List<Effect> out) {
        State n = s.withWaiting(s.waiting().on(Barrier.NONE));
        if (m.index() < 0) {
            return n.withSearch(new State.Search(m.query(), null, -1, -1)).info("«" + m.query() + "» is not in your queue");
        }
        String id = n.queue().idAt(m.index());
        n = n.withSearch(new State.Search(m.query(), id, m.start(), m.end()));
        n = m.index() == n.queue().index() && n.para() != null ? n.withCursor(placed(n, m.start()))
                : Update.goTo(n, m.index(), out);
        return n.info("found «" + m.query() + "» in " + number(id) + (m.wrapped() ? " (went round the queue)" : "")
                + "; n next, N previous");
    }

    private static State.Cursor placed(State s, int cp) {
        int w = Normal.wordAt(s.words(), cp);
        return s.cursor().withWord(Math.max(0, w));
    }

    /**
     * The paragraph's labels become the store's, with the changes sent after {@code seq} applied
     * on top: the state stays what the annotator asked for, and a failed change drops out.
     */
    static State rebase(State s, long seq, String paragraphId, ParaLabels stored, boolean storeFinished) {
        Para p = s.paragraphs().get(paragraphId);
        if (p == null || stored == null) {
            return s; // not in memory, or the store could not be read back: keep what was asked
        }
        long[] temp = {s.writes().nextTempId()};
        Para now = p.withLabels(stored);
        for (Change c : s.writes().after(seq, paragraphId)) {
            now = now.withLabels(Change.apply(c, now, s.session().owner(), () -> temp[0]--));
        }
        State n = s.withParagraphs(Update.put(s.paragraphs(), now)).withWrites(s.writes().withTempId(temp[0]));
        return n.withQueue(n.queue().withFinished(paragraphId,
                Update.finished(n, now.labels(), storeFinished, paragraphId)));
    }

    /** How every screen and command names a paragraph: its document and its number there. */
    static String number(String paragraphId) {
        int dash = paragraphId.lastIndexOf('-');
        return dash < 0 ? paragraphId : "¶ " + paragraphId.substring(dash + 1) + " of " + paragraphId.substring(0,
                Math.min(8, dash));
    }
}
