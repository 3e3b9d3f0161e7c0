package mizan.tui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Label changes on their way to the store. Each change gets a sequence number when its key is
 * pressed; the store's reply for that number confirms it ({@code saved ✓}) or reports that it
 * finally failed, and the paragraph's labels are then rebuilt from what the store holds plus the
 * changes still unconfirmed.
 *
 * @param nextSeq       the number the next change gets
 * @param unconfirmed   changes sent and not yet answered, oldest first
 * @param nextTempId    the (negative) id the next span made here gets until the store names it
 * @param sessionLabels labels saved this session (undo, redo, deletions and clearing do not count)
 * @param failures      paragraphs whose last change failed, with the reason shown on them
 * @param quitting      the annotator asked to quit: the session ends once nothing is unconfirmed
 */
public record Writes(long nextSeq, List<Pending> unconfirmed, long nextTempId, int sessionLabels,
                     Map<String, String> failures, boolean quitting) {

    /** A change, its sequence number and what it does in words ("MILCOOP = FAVOR"). */
    public record Pending(long seq, Change change, String what) { }

    static final Writes NONE = new Writes(1, List.of(), -1, 0, Map.of(), false);

    public boolean saving() {
        return !unconfirmed.isEmpty();
    }

    Writes sent(Change c, String what) {
        List<Pending> more = new ArrayList<>(unconfirmed);
        more.add(new Pending(nextSeq, c, what));
        return new Writes(nextSeq + 1, List.copyOf(more), nextTempId, sessionLabels, failures, quitting);
    }

    java.util.Optional<Pending> find(long seq) {
        return unconfirmed.stream().filter(p -> p.seq() == seq).findFirst();
    }

    /** Removes the answered change; {@code labelSaved} counts it for the session's pace. */
    Writes answered(long seq, boolean labelSaved) {
        List<Pending> left = unconfirmed.stream().filter(p -> p.seq() != seq).toList();
        return new Writes(nextSeq, left, nextTempId, sessionLabels + (labelSaved ? 1 : 0), failures, quitting);
    }

    Writes withTempId(long v) {
        return new Writes(nextSeq, unconfirmed, v, sessionLabels, failures, quitting);
    }

    Writes failed(String paragraphId, String reason) {
        Map<String, String> f = new HashMap<>(failures);
        if (reason == null) {
            f.remove(paragraphId);
        } else {
            f.put(paragraphId, reason);
        }
        return new Writes(nextSeq, unconfirmed, nextTempId, sessionLabels, Map.copyOf(f), quitting);
    }

    Writes quitting(boolean v) {
        return new Writes(nextSeq, unconfirmed, nextTempId, sessionLabels, failures, v);
    }

    /** Unconfirmed changes of one paragraph sent after {@code seq}, oldest first. */
    List<Change> after(long seq, String paragraphId) {
        return unconfirmed.stream().filter(p -> p.seq() > seq && p.change().paragraphId().equals(paragraphId))
                .map(Pending::change).toList();
    }

    boolean touches(String paragraphId) {
        return unconfirmed.stream().anyMatch(p -> p.change().paragraphId().equals(paragraphId));
    }
}
