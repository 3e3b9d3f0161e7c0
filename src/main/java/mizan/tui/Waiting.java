package mizan.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys held back, in order, while the state they must be judged against is not known yet: the
 * paragraph at the position is still loading, or an undo, redo or search has not answered.
 *
 * @param loading paragraphs asked of the store and not yet arrived
 */
public record Waiting(Barrier barrier, List<Key> keys, java.util.Set<String> loading) {

    /** What the held keys wait for. */
    public enum Barrier { NONE, PARAGRAPH, UNDO, SEARCH }

    static final Waiting NONE = new Waiting(Barrier.NONE, List.of(), java.util.Set.of());

    public boolean blocked() {
        return barrier != Barrier.NONE;
    }

    Waiting hold(Key k) {
        List<Key> more = new ArrayList<>(keys);
        more.add(k);
        return new Waiting(barrier, List.copyOf(more), loading);
    }

    Waiting on(Barrier b) {
        return new Waiting(b, keys, loading);
    }

    /** The first held key taken off, to be handled now. */
    Waiting rest() {
        return new Waiting(barrier, keys.subList(1, keys.size()), loading);
    }

    Waiting loading(String paragraphId, boolean now) {
        java.util.Set<String> l = new java.util.HashSet<>(loading);
        if (now) {
            l.add(paragraphId);
        } else {
            l.remove(paragraphId);
        }
        return new Waiting(barrier, keys, java.util.Set.copyOf(l));
    }
}
