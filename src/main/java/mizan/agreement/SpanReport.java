package mizan.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every span-agreement figure for one task (entities or claims) over one set of annotators and
 * paragraphs: exact and overlap F1 for each pair, and unitizing α with the paragraphs laid end to
 * end. Like {@link AgreementReport}, computed once and rendered by any front end.
 *
 * @param paragraphs  the paragraphs compared, with their lengths in code points
 * @param spanCounts  spans per annotator, in {@code annotators} order
 */
public record SpanReport(String task, List<String> annotators, Map<String, Integer> paragraphs, long[] spanCounts,
                         List<SpanF1.Pair> pairs, UnitizingAlpha.Result unitizing) {

    /**
     * @param spans      spans of the annotators, on the given paragraphs only
     * @param paragraphs every paragraph compared, spans or not, with its length: a paragraph where
     *                   nobody marked anything is agreement on "nothing here"
     */
    public static SpanReport compute(String task, List<LabeledSpan> spans, List<String> annotators,
                                     Map<String, Integer> paragraphs) {
        List<SpanF1.Pair> pairs = new ArrayList<>();
        for (int a = 0; a < annotators.size(); a++) {
            for (int b = a + 1; b < annotators.size(); b++) {
                pairs.add(SpanF1.compare(spans, annotators.get(a), annotators.get(b)));
            }
        }
        long[] counts = new long[annotators.size()];
        spans.forEach(s -> counts[annotators.indexOf(s.annotator())]++);
        return new SpanReport(task, List.copyOf(annotators), paragraphs, counts, pairs,
                UnitizingAlpha.compute(spans, annotators, paragraphs));
    }

    /** Total spans over all annotators. */
    public long spans() {
        long n = 0;
        for (long c : spanCounts) {
            n += c;
        }
        return n;
    }
}
