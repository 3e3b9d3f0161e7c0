package mizan.export;

import mizan.model.Annotator;
import mizan.model.AnnotationSet;
import mizan.model.LabeledParagraph;
import mizan.model.Span;
import mizan.model.SpanKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides what a paragraph's line(s) hold for a {@link Source}: one annotator's labels, each
 * annotator's, or gold. Gold takes, task by task, what a reviewer adjudicated, and otherwise the
 * labels the policy accepts among the annotators of that paragraph (see {@link Votes}).
 */
final class Resolver {

    private final Source source;
    private final LineBuilder builder;

    Resolver(Source source, LineBuilder builder) {
        this.source = source;
        this.builder = builder;
    }

    List<ExportLine> lines(LabeledParagraph lp) {
        List<ExportLine> out = new ArrayList<>(1);
        if (source instanceof Source.Annotator a) {
            add(out, lp, a.name());
        } else if (source instanceof Source.AllAnnotators) {
            for (String name : voters(lp)) {
                add(out, lp, name);
            }
        } else if (source instanceof Source.Gold g) {
            ExportLine line = gold(lp, g.policy());
            if (line.hasLabels()) {
                out.add(line);
            }
        }
        return out;
    }

    private void add(List<ExportLine> out, LabeledParagraph lp, String name) {
        AnnotationSet set = lp.byAnnotator().get(name);
        if (set != null && !set.isEmpty()) {
            out.add(builder.build(lp.paragraph(), set.stance(), set.spans(), set.boilerplate(), List.of(name), false));
        }
    }

    private static List<String> voters(LabeledParagraph lp) {
        return lp.byAnnotator().keySet().stream().filter(n -> !n.equals(Annotator.GOLD)).toList();
    }

    private ExportLine gold(LabeledParagraph lp, GoldPolicy policy) {
        List<String> names = voters(lp);
        List<AnnotationSet> sets = names.stream().map(lp.byAnnotator()::get).toList();
        AnnotationSet gold = lp.byAnnotator().get(Annotator.GOLD);
        boolean haveGold = gold != null;
        boolean stanceDecided = haveGold && lp.adjudicated().contains("stance");
        boolean entitiesDecided = haveGold && lp.adjudicated().contains("entities");
        boolean claimsDecided = haveGold && lp.adjudicated().contains("claims");

        Map<String, String> stance = stanceDecided ? gold.stance() : Votes.stance(sets, policy);
        List<Span> entities = entitiesDecided ? kind(gold.spans(), SpanKind.ENTITY)
                : Votes.entities(sets, policy);
        List<Span> spans = new ArrayList<>(entities);
        if (claimsDecided) {
            Votes.addClaims(spans, gold.spans(), kind(gold.spans(), SpanKind.CLAIM));
        } else {
            Votes.addAgreedClaims(spans, sets, policy);
        }
        boolean boilerplate = (haveGold && gold.boilerplate()) || Votes.flagged(sets, policy);
        boolean adjudicated = stanceDecided || entitiesDecided || claimsDecided;
        return builder.build(lp.paragraph(), new TreeMap<>(stance), spans, boilerplate, names, adjudicated);
    }

    static List<Span> kind(List<Span> spans, SpanKind kind) {
        return spans.stream().filter(s -> s.kind() == kind).toList();
    }
}
