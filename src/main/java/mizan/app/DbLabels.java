package mizan.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import mizan.agreement.LabelMatrix;
import mizan.agreement.LabelMatrixBuilder;
import mizan.agreement.LabeledSpan;
import mizan.agreement.SpanReport;
import mizan.model.LabelScheme;
import mizan.model.SpanKind;
import mizan.store.AgreementQueries;
import mizan.store.AgreementQueries.SpanRow;
import mizan.store.AgreementQueries.StanceRow;
import mizan.store.Store;

/**
 * Ratings from the project database, task by task. Stance items are (paragraph, target) pairs
 * named {@code <paragraph id>/<target>}, grouped by document; categories keep the scheme's order.
 * Span agreement compares only the paragraphs every annotator of the set has touched (see
 * {@link AgreementQueries#touchedParagraphs()}).
 */
final class DbLabels {

    private final AgreementQueries queries;
    private final LabelScheme scheme;
    private final List<StanceRow> stance;

    DbLabels(Store store) {
        this.queries = new AgreementQueries(store);
        this.scheme = store.settings().labelScheme();
        this.stance = queries.stance();
    }

    LabelScheme scheme() {
        return scheme;
    }

    /** Refuses a target the scheme does not define, listing those it does. */
    void checkTarget(String target) throws InputException {
        if (target != null && !scheme.targetIds().contains(target)) {
            throw new InputException("unknown target '" + target + "' in --target; the label scheme's targets are: "
                    + String.join(", ", scheme.targetIds()));
        }
    }

    /** The scheme's targets, then any target still labelled in the database but no longer in the scheme. */
    List<String> targets() {
        Set<String> out = new LinkedHashSet<>(scheme.targetIds());
        stance.forEach(r -> out.add(r.target()));
        return List.copyOf(out);
    }

    /** Names who gave a stance (task "stance") or marked a span of the task's kind. */
    Set<String> labelled(SpanKind kind) {
        Set<String> out = new TreeSet<>();
        if (kind == null) {
            stance.forEach(r -> out.add(r.annotator()));
        } else {
            queries.spans(kind).forEach(r -> out.add(r.annotator()));
        }
        return out;
    }

    /**
     * The annotators to compare: the requested ones (each must be registered or have labels of
     * some kind), else everyone with labels of this task, in name order.
     */
    List<String> annotators(List<String> requested, SpanKind kind) throws InputException {
        if (requested == null || requested.isEmpty()) {
            return new ArrayList<>(labelled(kind));
        }
        Set<String> known = new TreeSet<>(queries.registeredAnnotators());
        known.addAll(queries.touchedParagraphs().keySet());
        List<String> unknown = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String name : requested) {
            String n = name.trim();
            if (!known.contains(n)) {
                unknown.add(n);
            } else if (!out.contains(n)) {
                out.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException("unknown annotator " + String.join(", ", unknown) + " in --annotators: not"
                    + " registered in this project and no labels; known annotators: " + String.join(", ", known));
        }
        return out;
    }

    /**
     * Agreement needs two raters: for stance, two of the annotators with a stance; for spans, two
     * who have touched a paragraph (marking nothing in a paragraph one has read is a rating).
     */
    void checkTwoRaters(List<String> annotators, SpanKind kind) throws InputException {
        Set<String> rated = kind == null ? labelled(null) : queries.touchedParagraphs().keySet();
        List<String> with = annotators.stream().filter(rated::contains).toList();
        if (with.size() < 2) {
            List<String> without = annotators.stream().filter(a -> !rated.contains(a)).toList();
            throw new InputException(task(kind) + " agreement needs at least two annotators with labels, found "
                    + with.size() + (with.isEmpty() ? "" : " (" + String.join(", ", with) + ")")
                    + (without.isEmpty() ? "" : "; no " + task(kind) + " labels from " + String.join(", ", without)));
        }
    }

    /** One matrix over the annotators; a null target takes every target. */
    LabelMatrix stanceMatrix(List<String> annotators, String target) {
        LabelMatrixBuilder b = new LabelMatrixBuilder().annotators(annotators).categories(scheme.stanceLabelIds());
        for (StanceRow r : stance) {
            if (annotators.contains(r.annotator()) && (target == null || target.equals(r.target()))) {
                String item = r.paragraphId() + "/" + r.target();
                b.add(item, r.annotator(), r.label()).group(item, r.docId());
            }
        }
        return b.build();
    }

    /** Span agreement of one kind over the paragraphs every one of the annotators has touched. */
    SpanReport spans(SpanKind kind, List<String> annotators) throws InputException {
        Map<String, Set<String>> touched = queries.touchedParagraphs();
        Set<String> common = null;
        for (String a : annotators) {
            Set<String> mine = touched.getOrDefault(a, Set.of());
            if (common == null) {
                common = new HashSet<>(mine);
            } else {
                common.retainAll(mine);
            }
        }
        if (common == null || common.isEmpty()) {
            throw new InputException("no paragraph has been labelled or flagged by all of " + String.join(", ", annotators)
                    + ", so there is nothing to compare for " + task(kind));
        }
        Map<String, Integer> lengths = new LinkedHashMap<>(queries.paragraphLengths(common));
        List<LabeledSpan> spans = new ArrayList<>();
        for (SpanRow r : queries.spans(kind)) {
            if (annotators.contains(r.annotator()) && lengths.containsKey(r.paragraphId())) {
                spans.add(new LabeledSpan(r.paragraphId(), r.start(), r.end(),
                        r.label() != null ? r.label() : r.kind().name(), r.annotator()));
            }
        }
        return SpanReport.compute(task(kind), spans, annotators, lengths);
    }

    static String task(SpanKind kind) {
        return kind == null ? "stance" : kind == SpanKind.ENTITY ? "entities" : "claims";
    }
}
