package mizan.store;

import mizan.text.SearchFold;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An annotator's queue: the paragraphs they label, in order. With assignments, the assigned
 * documents in assignment order (calibration paragraphs first); without any assignment in the
 * project, every document in import order. Paragraphs flagged boilerplate on import are skipped.
 */
public final class Queues {

    /** Paragraph texts read per query while searching: a nearby hit costs one small read. */
    static final int SEARCH_CHUNK = 500;

    /**
     * A search hit: the paragraph's place in the queue and the match in code points of its text.
     * {@code wrapped} says the search went past the end of the queue (or before its start, going
     * backward) to find it.
     */
    public record Hit(int index, int start, int end, boolean wrapped) {
    }

    private Queues() {
    }

    public static List<String> of(Store store, String annotator) {
        return store.read(() -> {
            boolean assigned = Sql.longValue(store, "SELECT count(*) FROM assignments") > 0;
            List<String> out = new ArrayList<>();
            if (assigned) {
                collect(store, "SELECT c.paragraph_id FROM calibration c"
                        + " WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.annotator = ?1) ORDER BY c.position",
                        annotator, out);
                collect(store, "SELECT p.id FROM assignments a JOIN paragraphs p ON p.doc_id = a.doc_id"
                        + " WHERE a.annotator = ?1 AND p.boilerplate = 0 ORDER BY a.position, p.para_index", annotator, out);
            } else {
                // CROSS JOIN keeps documents as the outer loop, so the (doc_id, para_index) index
                // delivers the order and no sort of every paragraph is needed
                collect(store, "SELECT p.id FROM documents d CROSS JOIN paragraphs p ON p.doc_id = d.id"
                        + " WHERE p.boilerplate = 0 ORDER BY d.rowid, p.para_index", null, out);
            }
            return out.stream().distinct().toList();
        });
    }

    private static void collect(Store store, String sql, String annotator, List<String> out) throws java.sql.SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            if (annotator != null) {
                ps.setString(1, annotator);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
    }

    /** Paragraph ids (of any queue) whose text contains {@code needle}. */
    public static java.util.Set<String> containing(Store store, String needle) {
        return store.read(() -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id FROM paragraphs WHERE instr(text, ?) > 0")) {
                ps.setString(1, needle);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The next match of {@code query} (folded as {@link SearchFold} does) in reading order from
     * code point {@code fromCp} of paragraph {@code fromIndex} of {@code queue}. Forward: a match
     * starting at or after {@code fromCp}, then the following paragraphs, then from the top back
     * to the start paragraph's matches before {@code fromCp}. Backward: a match starting before
     * {@code fromCp}, then the earlier paragraphs from their last match, then from the bottom back
     * to the start paragraph's matches at or after {@code fromCp}. Texts are read a chunk at a
     * time in that order and reading stops at the first hit.
     */
    public static Optional<Hit> find(Store store, List<String> queue, String query, int fromIndex, int fromCp,
                                     boolean forward) {
        if (queue.isEmpty() || SearchFold.fold(query).isEmpty()) {
            return Optional.empty();
        }
        if (fromIndex < 0 || fromIndex >= queue.size()) {
            throw new IndexOutOfBoundsException("search starts at paragraph " + fromIndex
                    + " of a queue of " + queue.size());
        }
        int n = queue.size();
        String home = texts(store, queue.subList(fromIndex, fromIndex + 1)).get(queue.get(fromIndex));
        Optional<SearchFold.Match> here = forward
                ? SearchFold.next(home, query, fromCp) : SearchFold.previous(home, query, fromCp);
        if (here.isPresent()) {
            return Optional.of(new Hit(fromIndex, here.get().start(), here.get().end(), false));
        }
        // every other paragraph once, in reading order, then the start paragraph's other side
        for (int done = 0; done < n - 1; done += SEARCH_CHUNK) {
            int size = Math.min(SEARCH_CHUNK, n - 1 - done);
            List<String> ids = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                ids.add(queue.get(step(fromIndex, done + 1 + k, n, forward)));
            }
            Map<String, String> texts = texts(store, ids);
            for (int k = 0; k < size; k++) {
                Optional<SearchFold.Match> m = nearest(SearchFold.all(texts.get(ids.get(k)), query), forward);
                if (m.isPresent()) {
                    int index = step(fromIndex, done + 1 + k, n, forward);
                    boolean wrapped = forward ? index < fromIndex : index > fromIndex;
                    return Optional.of(new Hit(index, m.get().start(), m.get().end(), wrapped));
                }
            }
        }
        // nothing ahead of fromCp in the start paragraph, so any match left there is behind it
        return nearest(SearchFold.all(home, query), forward).map(m -> new Hit(fromIndex, m.start(), m.end(), true));
    }

    /** The queue index {@code steps} paragraphs from {@code from} in the search direction, round the ends. */
    private static int step(int from, int steps, int n, boolean forward) {
        return Math.floorMod(forward ? from + steps : from - steps, n);
    }

    /** The match met first when entering a paragraph: its first going forward, its last going backward. */
    private static Optional<SearchFold.Match> nearest(List<SearchFold.Match> all, boolean forward) {
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(forward ? 0 : all.size() - 1));
    }

    /** Texts of the paragraphs {@code ids}, by id; an id with no paragraph is an error. */
    private static Map<String, String> texts(Store store, List<String> ids) {
        return store.read(() -> {
            Map<String, String> out = new HashMap<>(ids.size() * 2);
            String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id, text FROM paragraphs WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(i + 1, ids.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            for (String id : ids) {
                if (!out.containsKey(id)) {
                    throw new StoreException(store.path() + ": the queue names paragraph " + id
                            + ", which is not in the database; reload the queue");
                }
            }
            return out;
        });
    }
}
