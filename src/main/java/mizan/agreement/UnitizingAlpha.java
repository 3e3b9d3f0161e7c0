package mizan.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's unitizing α (α_U; Krippendorff 1995, 2004 p. 251ff.) over one continuum, with the
 * observed and expected disagreement per label as DKPro Statistics'
 * {@code KrippendorffAlphaUnitizingAgreement} defines them; the overall value is 1 − D̄_O / D̄_E
 * with both averaged over labels.
 *
 * <p>The keys (documents or paragraphs) are laid end to end, in key order, into one continuum; a
 * key is as long as given in {@code keyLengths}, else as far as its last span reaches. Within one
 * annotator and label, overlapping spans are merged into their union, because the measure
 * assumes one annotator never marks a position twice with the same label.
 */
public final class UnitizingAlpha {

    /** Disagreements and α for one label (or averaged over all). */
    public record Value(double observed, double expected, double alpha) {
        static Value of(double observed, double expected) {
            // DKPro's convention: equal disagreements (0/0 included) give α = 0.
            return new Value(observed, expected, observed == expected ? 0 : 1 - observed / expected);
        }
    }

    public record Result(Value overall, Map<String, Value> perLabel, long continuumLength) {
    }

    private UnitizingAlpha() {
    }

    /**
     * @param annotators every annotator of the study, including any who marked nothing (they are
     *                   still raters of the continuum)
     */
    public static Result compute(List<LabeledSpan> spans, List<String> annotators, Map<String, Integer> keyLengths) {
        Map<String, Long> keyOffset = new TreeMap<>();
        Map<String, Integer> lengths = new TreeMap<>(keyLengths);
        for (LabeledSpan s : spans) {
            lengths.merge(s.key(), s.end(), Math::max);
        }
        long length = 0;
        for (Map.Entry<String, Integer> e : lengths.entrySet()) {
            keyOffset.put(e.getKey(), length);
            length += e.getValue();
        }
        Map<String, List<List<long[]>>> byLabel = new TreeMap<>();
        int raters = annotators.size();
        for (LabeledSpan s : spans) {
            int r = annotators.indexOf(s.annotator());
            if (r < 0) {
                throw new IllegalArgumentException("span by unknown annotator '" + s.annotator() + "'");
            }
            List<List<long[]>> perRater = byLabel.computeIfAbsent(s.label(), l -> newLists(raters));
            long off = keyOffset.get(s.key());
            perRater.get(r).add(new long[] {off + s.start(), off + s.end()});
        }
        Map<String, Value> perLabel = new LinkedHashMap<>();
        double observed = 0;
        double expected = 0;
        for (Map.Entry<String, List<List<long[]>>> e : byLabel.entrySet()) {
            long[][][] units = new long[raters][][];
            for (int r = 0; r < raters; r++) {
                units[r] = merged(e.getValue().get(r));
            }
            Value v = Value.of(UnitizingDistances.observed(units, length), UnitizingDistances.expected(units, length));
            perLabel.put(e.getKey(), v);
            observed += v.observed();
            expected += v.expected();
        }
        int labels = perLabel.size();
        return new Result(Value.of(observed / labels, expected / labels), perLabel, length);
    }

    private static List<List<long[]>> newLists(int n) {
        List<List<long[]>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /** Sorted, non-overlapping [start, end) units; touching units stay separate, as marked. */
    private static long[][] merged(List<long[]> units) {
        units.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        List<long[]> out = new ArrayList<>();
        for (long[] u : units) {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && u[0] < last[1]) {
                last[1] = Math.max(last[1], u[1]);
            } else {
                out.add(new long[] {u[0], u[1]});
            }
        }
        return out.toArray(new long[0][]);
    }
}
