package mizan.store;

import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.model.Version;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs a reviewer adjudicates: those two or more annotators labeled and disagree on,
 * most-disagreed first. Where every version agrees on everything, gold can be accepted at once
 * (provenance 'unanimous') and the paragraph leaves the queue.
 */
public final class AdjudicationQueue {

    /** A paragraph and how much its versions disagree (0 = unanimous on the tasks asked). */
    public record Item(String paragraphId, double disagreement) {
    }

    /** The queue, and how many paragraphs were accepted as unanimous while building it. */
    public record Result(List<Item> items, int acceptedUnanimous, int shared) {
        public List<String> ids() {
            return items.stream().map(Item::paragraphId).toList();
        }
    }

    private AdjudicationQueue() {
    }

    /**
     * Builds the reviewer's queue. With {@code acceptUnanimous}, the undecided paragraphs whose
     * versions agree on every task are taken into gold, all in one transaction and one undo
     * batch: the reviewer's first undo in adjudication gives them all back, not just the last.
     */
    public static Result build(Store store, String reviewer, Set<String> tasks, boolean acceptUnanimous) {
        List<String> shared = Versions.sharedParagraphs(store);
        Set<String> decided = new HashSet<>(store.gold().decidedParagraphs());
        List<Item> items = new ArrayList<>();
        List<String> unanimous = new ArrayList<>();
        for (String pid : shared) {
            List<Version> versions = Versions.all(store, pid);
            double score = disagreement(versions, tasks);
            if (score > 0) {
                items.add(new Item(pid, score));
            } else if (acceptUnanimous && !decided.contains(pid) && unanimous(versions)) {
                unanimous.add(pid);
            }
        }
        int accepted = unanimous.isEmpty() ? 0 : store.write(() -> acceptAll(store.connection(), reviewer, unanimous));
        items.sort(Comparator.comparingDouble(Item::disagreement).reversed()); // stable: document order within ties
        return new Result(items, accepted, shared.size());
    }

    private static boolean unanimous(List<Version> versions) {
        return disagreement(versions, Set.copyOf(Gold.TASKS)) == 0;
    }

    /**
     * Takes each paragraph into gold under one batch; the versions are read again inside the
     * transaction, so a paragraph someone relabeled since the queue was read is left alone.
     */
    private static int acceptAll(Connection c, String reviewer, List<String> paragraphIds) throws SQLException {
        long batch = EventLog.nextId(c);
        int accepted = 0;
        for (String pid : paragraphIds) {
            List<Version> versions = Versions.all(c, pid);
            if (versions.size() >= 2 && unanimous(versions)) {
                Gold.takeIn(c, reviewer, pid, versions.get(0).annotator(), "unanimous",
                        versions.stream().map(Version::annotator).toList(), batch);
                accepted++;
            }
        }
        return accepted;
    }

    /** Sum over the tasks of the mean pairwise disagreement between versions (each in 0..1). */
    public static double disagreement(List<Version> versions, Set<String> tasks) {
        double total = 0;
        int pairs = 0;
        double stance = 0;
        double entities = 0;
        double claims = 0;
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                Version a = versions.get(i);
                Version b = versions.get(j);
                Set<String> targets = new HashSet<>(a.stance().keySet());
                targets.addAll(b.stance().keySet());
                long differ = targets.stream().filter(t -> !java.util.Objects.equals(a.stance().get(t), b.stance().get(t)))
                        .count();
                stance += targets.isEmpty() ? 0 : (double) differ / targets.size();
                entities += jaccardDistance(keys(a, SpanKind.ENTITY), keys(b, SpanKind.ENTITY));
                claims += jaccardDistance(keys(a, SpanKind.CLAIM), keys(b, SpanKind.CLAIM));
                pairs++;
            }
        }
        if (pairs == 0) {
            return 0;
        }
        if (tasks.contains("stance")) {
            total += stance / pairs;
        }
        if (tasks.contains("entities")) {
            total += entities / pairs;
        }
        if (tasks.contains("claims")) {
            total += claims / pairs;
        }
        return total;
    }

    private static Set<String> keys(Version v, SpanKind kind) {
        Set<String> out = new HashSet<>();
        for (Span s : v.spans()) {
            if (s.kind() == kind) {
                out.add(s.start() + ":" + s.end() + ":" + s.label() + ":" + s.checkWorthy() + ":" + s.claimerStance()
                        + ":" + (s.claimer() == null ? "" : s.claimer().kind()));
            }
        }
        return out;
    }

    private static double jaccardDistance(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return 1.0 - (double) both.size() / either.size();
    }
}
