package mizan.export;

import mizan.model.Annotator;
import mizan.model.AnnotationSet;
import mizan.model.LabeledParagraph;
import mizan.model.Span;
import mizan.model.SpanKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Simple agreement figures computed while the export streams, for when no better summary is
 * supplied: for stance, the share of annotator pairs giving the same label to a (paragraph,
 * target) both labeled; for entities and claims, pairwise exact-match F1 (same offsets, and for
 * entities the same type) over paragraphs both annotators labeled. Chance is not corrected for.
 */
public final class PercentAgreement implements AgreementSummary {

    private long stancePairs;
    private long stanceAgree;
    private final long[] spanMatches = new long[2];
    private final long[] spanTotal = new long[2];
    private final Set<String> annotators = new HashSet<>();

    @Override
    public String method() {
        return "simple percent agreement (stance) and pairwise exact-match F1 (entities, claims), "
                + "not corrected for chance";
    }

    @Override
    public void observe(LabeledParagraph paragraph) {
        List<AnnotationSet> sets = new ArrayList<>();
        for (Map.Entry<String, AnnotationSet> e : paragraph.byAnnotator().entrySet()) {
            if (!e.getKey().equals(Annotator.GOLD)) {
                sets.add(e.getValue());
                annotators.add(e.getKey());
            }
        }
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                AnnotationSet a = sets.get(i);
                AnnotationSet b = sets.get(j);
                for (Map.Entry<String, String> s : a.stance().entrySet()) {
                    String other = b.stance().get(s.getKey());
                    if (other != null) {
                        stancePairs++;
                        stanceAgree += other.equals(s.getValue()) ? 1 : 0;
                    }
                }
                for (SpanKind kind : SpanKind.values()) {
                    Set<List<Object>> ka = keys(a.spans(), kind);
                    Set<List<Object>> kb = keys(b.spans(), kind);
                    spanTotal[kind.ordinal()] += ka.size() + kb.size();
                    ka.retainAll(kb);
                    spanMatches[kind.ordinal()] += 2L * ka.size();
                }
            }
        }
    }

    private static Set<List<Object>> keys(List<Span> spans, SpanKind kind) {
        Set<List<Object>> out = new HashSet<>();
        for (Span s : spans) {
            if (s.kind() == kind) {
                out.add(kind == SpanKind.ENTITY ? List.of(s.start(), s.end(), s.label()) : List.of(s.start(), s.end()));
            }
        }
        return out;
    }

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure("stance", "percent agreement", ratio(stanceAgree, stancePairs),
                        stancePairs + " annotator pairs on a (paragraph, target)"),
                new Figure("entities", "exact-match F1", ratio(spanMatches[0], spanTotal[0]),
                        spanTotal[0] + " entity spans in paired paragraphs"),
                new Figure("claims", "exact-match F1", ratio(spanMatches[1], spanTotal[1]),
                        spanTotal[1] + " claim spans in paired paragraphs"));
    }

    /** How many people's labels were seen, gold apart. */
    public int annotatorCount() {
        return annotators.size();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
