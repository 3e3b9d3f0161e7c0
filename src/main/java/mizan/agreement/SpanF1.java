package mizan.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pairwise span agreement as F1, one annotator taken as reference and the other as response
 * (F1 is symmetric, so the choice does not matter for F1 itself).
 *
 * <p>Exact: a span matches when the other annotator has a span with the same key, offsets and
 * label. Overlap: when the other has a span of the same key and label sharing at least one
 * position. Precision is the share of response spans that match, recall the share of reference
 * spans that match; with overlap several spans may match the same one (the lenient reading used
 * in NER evaluation). Micro sums the counts over labels; macro averages the per-label F1 over the
 * labels either annotator used. Duplicated spans (same key, offsets, label) count once.
 */
public final class SpanF1 {

    /** Matched and total spans on each side. */
    public record Counts(long matchedResponse, long response, long matchedReference, long reference) {
        public double precision() {
            return response == 0 ? 0 : (double) matchedResponse / response;
        }

        public double recall() {
            return reference == 0 ? 0 : (double) matchedReference / reference;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(matchedResponse + o.matchedResponse, response + o.response,
                    matchedReference + o.matchedReference, reference + o.reference);
        }
    }

    /** Per-label counts with micro counts and macro F1. */
    public record Scores(Map<String, Counts> perLabel, Counts micro, double macroF1) {
    }

    /** Both readings for one pair of annotators. */
    public record Pair(String reference, String response, Scores exact, Scores overlap) {
    }

    private SpanF1() {
    }

    /** Every pair of the annotators who appear in {@code spans}, in name order. */
    public static List<Pair> allPairs(List<LabeledSpan> spans) {
        Set<String> names = new TreeSet<>();
        spans.forEach(s -> names.add(s.annotator()));
        List<String> list = new ArrayList<>(names);
        List<Pair> out = new ArrayList<>();
        for (int a = 0; a < list.size(); a++) {
            for (int b = a + 1; b < list.size(); b++) {
                out.add(compare(spans, list.get(a), list.get(b)));
            }
        }
        return out;
    }

    public static Pair compare(List<LabeledSpan> spans, String reference, String response) {
        List<LabeledSpan> ref = distinct(spans, reference);
        List<LabeledSpan> res = distinct(spans, response);
        return new Pair(reference, response, scores(ref, res, true), scores(ref, res, false));
    }

    private static Scores scores(List<LabeledSpan> ref, List<LabeledSpan> res, boolean exact) {
        Set<String> labels = new TreeSet<>();
        ref.forEach(s -> labels.add(s.label()));
        res.forEach(s -> labels.add(s.label()));
        Map<String, Counts> perLabel = new TreeMap<>();
        Counts micro = new Counts(0, 0, 0, 0);
        double macro = 0;
        for (String label : labels) {
            List<LabeledSpan> r = ofLabel(ref, label);
            List<LabeledSpan> p = ofLabel(res, label);
            Counts c = new Counts(matched(p, r, exact), p.size(), matched(r, p, exact), r.size());
            perLabel.put(label, c);
            micro = micro.plus(c);
            macro += c.f1();
        }
        return new Scores(perLabel, micro, labels.isEmpty() ? 0 : macro / labels.size());
    }

    /** How many spans of {@code from} have a match in {@code in}, looking only within the same key. */
    private static long matched(List<LabeledSpan> from, List<LabeledSpan> in, boolean exact) {
        Map<String, List<LabeledSpan>> byKey = in.stream().collect(Collectors.groupingBy(LabeledSpan::key));
        long n = 0;
        for (LabeledSpan s : from) {
            for (LabeledSpan t : byKey.getOrDefault(s.key(), List.of())) {
                if (exact ? sameRange(s, t) : s.overlaps(t)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static boolean sameRange(LabeledSpan s, LabeledSpan t) {
        return s.key().equals(t.key()) && s.start() == t.start() && s.end() == t.end();
    }

    private static List<LabeledSpan> ofLabel(List<LabeledSpan> spans, String label) {
        return spans.stream().filter(s -> s.label().equals(label)).toList();
    }

    private static List<LabeledSpan> distinct(List<LabeledSpan> spans, String annotator) {
        return new ArrayList<>(new HashSet<>(spans.stream().filter(s -> s.annotator().equals(annotator)).toList()));
    }
}
