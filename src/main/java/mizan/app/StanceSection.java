package mizan.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import mizan.agreement.AgreementReport;
import mizan.agreement.LabelMatrix;
import mizan.agreement.Level;
import mizan.agreement.PairwiseAgreement;

/**
 * Stance agreement from the database: one report over every (paragraph, target) item — the same
 * figures the CSV mode gives for the same ratings — and one per target, since a paragraph can
 * favour one target and oppose another and a pooled α can hide a target nobody agrees on.
 */
record StanceSection(String target, AgreementReport all, List<PerTarget> perTarget) {

    /** One target's figures; the bootstrap is left to the pooled report. */
    record PerTarget(String target, AgreementReport report) {
    }

    static StanceSection compute(DbLabels db, List<String> annotators, String target, Level level, int bootstrap,
                                 long seed) throws InputException {
        db.checkTwoRaters(annotators, null);
        AgreementReport all = AgreementData.checkPairable(
                AgreementReport.compute(db.stanceMatrix(annotators, target), level, bootstrap, seed));
        List<PerTarget> perTarget = new ArrayList<>();
        for (String t : target == null ? db.targets() : List.of(target)) {
            LabelMatrix m = db.stanceMatrix(annotators, t);
            if (m.items() > 0) {
                perTarget.add(new PerTarget(t, AgreementReport.compute(m, level, 0, seed)));
            }
        }
        return new StanceSection(target, all, perTarget);
    }

    /** The CSV mode's object, plus the target filter and the per-target figures. */
    ObjectNode json() {
        ObjectNode root = AgreementJson.tree(all);
        root.put("target", target);
        ArrayNode targets = root.putArray("per_target");
        for (PerTarget t : perTarget) {
            AgreementReport r = t.report();
            ObjectNode o = targets.addObject().put("target", t.target()).put("n_items", r.matrix().items())
                    .put("n_pairable_values", r.alpha().pairableValues());
            AgreementJson.number(o, "krippendorff_alpha", r.alpha().alpha());
            ArrayNode pairs = o.putArray("cohen_kappa");
            for (PairwiseAgreement.Pair p : r.pairs()) {
                pairs.add(AgreementJson.pair(p, r.matrix().categoryNames()));
            }
        }
        return root;
    }

    /** The CSV mode's table, then α and κ per target (the per-target confusion matrices are in the JSON). */
    String table(boolean colour) {
        StringBuilder out = new StringBuilder(AgreementTable.render(all, colour));
        out.append("\nPer target: α over its paragraphs, Cohen's κ per pair (confusion matrices: --format json)\n");
        for (PerTarget t : perTarget) {
            AgreementReport r = t.report();
            out.append(String.format(Locale.ROOT, "  %s %7s   %d paragraphs, %d pairable values%n",
                    AgreementTable.pad(t.target(), 24), AgreementTable.num(r.alpha().alpha()), r.matrix().items(),
                    r.alpha().pairableValues()));
            for (PairwiseAgreement.Pair p : r.pairs()) {
                out.append(String.format(Locale.ROOT, "      κ %s %7s   %d both rated%n",
                        AgreementTable.pad(p.a() + " × " + p.b(), 28), AgreementTable.num(p.cohenKappa()),
                        p.itemsUsed()));
            }
        }
        return out.toString();
    }
}
