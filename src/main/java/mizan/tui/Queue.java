package mizan.tui;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paragraphs the annotator walks, where they are, and which are finished. The finished set
 * read at start is shared, never copied; changes since are a small map beside it.
 *
 * @param ids      paragraph ids in order
 * @param positions each id's position, looked up on every change and move
 * @param index    the position, 0-based
 * @param atStart  finished when the session began
 * @param changed  paragraphs whose finished state changed since, and to what
 * @param done     how many are finished now
 */
public record Queue(List<String> ids, Map<String, Integer> positions, int index, Set<String> atStart,
                    Map<String, Boolean> changed, int done) {

    static Queue of(List<String> ids, Set<String> finished, int start) {
        int done = (int) ids.stream().filter(finished::contains).count();
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.putIfAbsent(ids.get(i), i);
        }
        return new Queue(List.copyOf(ids), java.util.Collections.unmodifiableMap(positions),
                Math.max(0, Math.min(start, ids.size() - 1)), Set.copyOf(finished), Map.of(), done);
    }

    public int size() {
        return ids.size();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The id at the position, or null for an empty queue. */
    public String currentId() {
        return ids.isEmpty() ? null : ids.get(index);
    }

    public String idAt(int i) {
        return i >= 0 && i < ids.size() ? ids.get(i) : null;
    }

    public int indexOf(String paragraphId) {
        return positions.getOrDefault(paragraphId, -1);
    }

    public boolean finished(String paragraphId) {
        Boolean c = changed.get(paragraphId);
        return c != null ? c : atStart.contains(paragraphId);
    }

    Queue at(int i) {
        return new Queue(ids, positions, Math.max(0, Math.min(i, ids.size() - 1)), atStart, changed, done);
    }

    /** The same queue with one paragraph's finished state set. */
    Queue withFinished(String paragraphId, boolean now) {
        if (finished(paragraphId) == now || !positions.containsKey(paragraphId)) {
            return this;
        }
        Map<String, Boolean> c = new java.util.HashMap<>(changed);
        c.put(paragraphId, now);
        return new Queue(ids, positions, index, atStart, Map.copyOf(c), done + (now ? 1 : -1));
    }
}
