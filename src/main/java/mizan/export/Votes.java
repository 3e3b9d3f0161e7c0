package mizan.export;

import mizan.model.AnnotationSet;
import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKey;
import mizan.model.SpanKind;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counting annotators' labels for the gold policies. The voters are everyone who labeled the
 * paragraph; each votes once per value. A stance is one value per target; spans are the same
 * when their {@link SpanKey}s are.
 */
final class Votes {

    private Votes() {
    }

    static Map<String, String> stance(List<AnnotationSet> sets, GoldPolicy policy) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (AnnotationSet s : sets) {
            s.stance().forEach((t, l) -> counts.computeIfAbsent(t, k -> new TreeMap<>()).merge(l, 1, Integer::sum));
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((target, byLabel) -> byLabel.forEach((label, n) -> {
            if (policy.accepts(n, sets.size())) {
                out.put(target, label);
            }
        }));
        return out;
    }

    static boolean flagged(List<AnnotationSet> sets, GoldPolicy policy) {
        return policy.accepts((int) sets.stream().filter(AnnotationSet::boilerplate).count(), sets.size());
    }

    static List<Span> entities(List<AnnotationSet> sets, GoldPolicy policy) {
        return agreed(sets, policy, SpanKind.ENTITY);
    }

    /** Adds the claims the policy accepts, with their claimer entities, to {@code spans}. */
    static void addAgreedClaims(List<Span> spans, List<AnnotationSet> sets, GoldPolicy policy) {
        for (Span c : agreed(sets, policy, SpanKind.CLAIM)) {
            List<Span> ownerSpans = sets.stream().map(AnnotationSet::spans)
                    .filter(l -> l.contains(c)).findFirst().orElseThrow();
            addClaims(spans, ownerSpans, List.of(c));
        }
    }

    /**
     * Adds {@code claims} (taken from {@code ownerSpans}) to {@code spans}, pointing each claimer
     * at the entity of {@code spans} with the same offsets and type, adding that entity if absent.
     */
    static void addClaims(List<Span> spans, List<Span> ownerSpans, List<Span> claims) {
        for (Span c : claims) {
            Claimer claimer = c.claimer();
            if (claimer != null && claimer.kind() == Claimer.Kind.SPAN) {
                Span source = ownerSpans.stream().filter(s -> s.id() == claimer.entitySpanId()).findFirst().orElse(null);
                if (source != null) {
                    Object key = SpanKey.of(source, ownerSpans);
                    Span target = spans.stream().filter(s -> s.kind() == SpanKind.ENTITY && SpanKey.of(s, spans).equals(key))
                            .findFirst().orElse(null);
                    if (target == null) {
                        spans.add(source);
                        target = source;
                    }
                    c = new Span(c.id(), c.paragraphId(), c.annotator(), c.kind(), c.start(), c.end(), c.label(),
                            c.checkWorthy(), Claimer.span(target.id()), c.claimerStance());
                }
            }
            spans.add(c);
        }
    }

    private static List<Span> agreed(List<AnnotationSet> sets, GoldPolicy policy, SpanKind kind) {
        Map<Object, Integer> votes = new HashMap<>();
        Map<Object, Span> first = new LinkedHashMap<>();
        for (AnnotationSet set : sets) {
            Set<Object> seen = new LinkedHashSet<>();
            Function<Span, Object> keyOf = s -> SpanKey.of(s, set.spans());
            for (Span s : set.spans()) {
                if (s.kind() == kind && seen.add(keyOf.apply(s))) {
                    votes.merge(keyOf.apply(s), 1, Integer::sum);
                    first.putIfAbsent(keyOf.apply(s), s);
                }
            }
        }
        return first.entrySet().stream().filter(e -> policy.accepts(votes.get(e.getKey()), sets.size()))
                .map(Map.Entry::getValue).toList();
    }
}
