package mizan.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deals whole documents to annotators so that each document is labeled by {@code overlap} of
 * them (annotators keep a document's context) and the paragraph load is balanced. Deterministic:
 * the same documents, annotators and overlap give the same plan.
 */
public final class AssignmentPlan {

    /** A document to deal, with how many paragraphs it asks of each annotator who gets it. */
    public record Doc(String id, int paragraphs) {
    }

    private AssignmentPlan() {
    }

    /**
     * @param docs       in queue order
     * @param annotators the people to deal to
     * @return each annotator's documents, in queue order
     */
    public static Map<String, List<String>> deal(List<Doc> docs, List<String> annotators, int overlap) {
        if (overlap < 1) {
            throw new IllegalArgumentException("--overlap must be at least 1, not " + overlap);
        }
        if (overlap > annotators.size()) {
            throw new IllegalArgumentException("--overlap " + overlap + " needs at least " + overlap
                    + " annotators; there are " + annotators.size() + " (" + String.join(", ", annotators) + ")");
        }
        List<String> people = annotators.stream().sorted().toList();
        Map<String, List<String>> plan = new LinkedHashMap<>();
        Map<String, Long> load = new LinkedHashMap<>();
        for (String a : people) {
            plan.put(a, new ArrayList<>());
            load.put(a, 0L);
        }
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            int turn = d;
            // least loaded first; among equals, a rotation by document so ties do not always favour one name
            List<String> order = new ArrayList<>(people);
            order.sort(Comparator.<String>comparingLong(load::get)
                    .thenComparingInt(a -> Math.floorMod(people.indexOf(a) - turn, people.size())));
            for (String a : order.subList(0, overlap)) {
                plan.get(a).add(doc.id());
                load.merge(a, (long) doc.paragraphs(), Long::sum);
            }
        }
        return plan;
    }
}
