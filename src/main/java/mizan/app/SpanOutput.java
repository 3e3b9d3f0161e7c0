package mizan.app;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import mizan.agreement.SpanF1;
import mizan.agreement.SpanReport;
import mizan.agreement.UnitizingAlpha;

/**
 * Span agreement (entities or claims) as JSON and as a table. In every pair, {@code a} is the
 * reference and {@code b} the response: precision is the share of b's spans matched in a, recall
 * the share of a's matched in b; F1 does not depend on the choice.
 */
final class SpanOutput {

    /** Which paragraphs count, said once for both outputs and the help. */
    static final String RULE = "paragraphs that every annotator compared has touched (a stance, a span or a"
            + " boilerplate/skip flag); boilerplate found on import is left out";

    private SpanOutput() {
    }

    static ObjectNode json(SpanReport r) {
        ObjectNode root = AgreementJson.object().put("task", r.task());
        root.putPOJO("annotators", r.annotators());
        root.put("n_paragraphs", r.paragraphs().size()).put("paragraph_rule", RULE);
        ObjectNode counts = root.putObject("n_spans");
        for (int i = 0; i < r.annotators().size(); i++) {
            counts.put(r.annotators().get(i), r.spanCounts()[i]);
        }
        AgreementJson.number(root, "unitizing_alpha", r.unitizing().overall().alpha());
        ObjectNode perLabel = root.putObject("unitizing_alpha_per_label");
        r.unitizing().perLabel().forEach((label, v) -> AgreementJson.number(perLabel, label, v.alpha()));
        root.put("continuum_length", r.unitizing().continuumLength());
        var pairs = root.putArray("pairs");
        for (SpanF1.Pair p : r.pairs()) {
            ObjectNode o = pairs.addObject().put("a", p.reference()).put("b", p.response());
            scores(o.putObject("exact"), p.exact());
            scores(o.putObject("overlap"), p.overlap());
        }
        return root;
    }

    private static void scores(ObjectNode o, SpanF1.Scores s) {
        counts(o.putObject("micro"), s.micro());
        o.put("macro_f1", s.macroF1());
        ObjectNode perLabel = o.putObject("per_label");
        s.perLabel().forEach((label, c) -> counts(perLabel.putObject(label), c));
    }

    private static void counts(ObjectNode o, SpanF1.Counts c) {
        o.put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1())
                .put("spans_a", c.reference()).put("spans_b", c.response())
                .put("matched_a", c.matchedReference()).put("matched_b", c.matchedResponse());
    }

    static String table(SpanReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "Span agreement (%s): %d paragraphs, %d spans, annotators %s", r.task(), r.paragraphs().size(),
                r.spans(), String.join(", ", r.annotators()));
        line(out, "  counted: %s", RULE);
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < r.annotators().size(); i++) {
            counts.append(i == 0 ? "" : ", ").append(r.annotators().get(i)).append(' ').append(r.spanCounts()[i]);
        }
        line(out, "  spans per annotator: %s", counts);
        line(out, "");
        UnitizingAlpha.Result u = r.unitizing();
        line(out, "  %-28s %s   over %d code points", "Unitizing α (all labels)", AgreementTable.num(u.overall().alpha()),
                u.continuumLength());
        u.perLabel().forEach((label, v) -> line(out, "  %-28s %s", "  " + label, AgreementTable.num(v.alpha())));
        line(out, "");
        line(out, "F1 per pair (exact: same offsets and label; overlap: same label, sharing a code point)");
        line(out, "  %-14s %-14s %9s %9s %9s %9s", "a", "b", "micro ex", "macro ex", "micro ov", "macro ov");
        for (SpanF1.Pair p : r.pairs()) {
            line(out, "  %s %s %9s %9s %9s %9s", AgreementTable.pad(p.reference(), 14), AgreementTable.pad(p.response(), 14),
                    AgreementTable.num(p.exact().micro().f1()), AgreementTable.num(p.exact().macroF1()),
                    AgreementTable.num(p.overlap().micro().f1()), AgreementTable.num(p.overlap().macroF1()));
        }
        perLabel(out, r);
        return out.toString();
    }

    /** Labels as rows, pairs as columns, each cell "exact/overlap" F1. */
    private static void perLabel(StringBuilder out, SpanReport r) {
        TreeSet<String> labels = new TreeSet<>();
        r.pairs().forEach(p -> labels.addAll(p.overlap().perLabel().keySet()));
        if (labels.isEmpty()) {
            return;
        }
        line(out, "");
        StringBuilder head = new StringBuilder("  " + AgreementTable.pad("F1 exact/overlap", 18));
        r.pairs().forEach(p -> head.append(String.format(Locale.ROOT, " %15s", p.reference() + "×" + p.response())));
        line(out, "%s", head);
        for (String label : labels) {
            StringBuilder row = new StringBuilder("  " + AgreementTable.pad(label, 18));
            for (SpanF1.Pair p : r.pairs()) {
                row.append(String.format(Locale.ROOT, " %15s", f1(p.exact().perLabel(), label) + "/"
                        + f1(p.overlap().perLabel(), label)));
            }
            line(out, "%s", row);
        }
    }

    private static String f1(Map<String, SpanF1.Counts> perLabel, String label) {
        SpanF1.Counts c = perLabel.get(label);
        return c == null ? "n/a" : AgreementTable.num(c.f1());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
