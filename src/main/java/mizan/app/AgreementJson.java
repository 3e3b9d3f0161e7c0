package mizan.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

import mizan.agreement.AgreementReport;
import mizan.agreement.Breakdown;
import mizan.agreement.FleissKappa;
import mizan.agreement.LabelMatrix;
import mizan.agreement.PairwiseAgreement;

/**
 * The report as one JSON object. Key names are a contract for scripts (snake_case, never
 * renamed); an undefined statistic (NaN) is written as null, since JSON has no NaN.
 */
final class AgreementJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AgreementJson() {
    }

    static String render(AgreementReport r) {
        return write(tree(r));
    }

    /** The report as a tree, so that the database mode can add its per-target figures beside it. */
    static ObjectNode tree(AgreementReport r) {
        LabelMatrix m = r.matrix();
        ObjectNode root = JSON.createObjectNode();
        root.put("n_items", m.items());
        root.put("n_annotators", m.annotators());
        root.putPOJO("annotators", m.annotatorNames());
        root.putPOJO("categories", m.categoryNames());
        root.put("n_pairable_values", r.alpha().pairableValues());
        root.put("level", r.level().name().toLowerCase(java.util.Locale.ROOT));
        number(root, "krippendorff_alpha", r.alpha().alpha());
        ArrayNode ci = root.putArray("alpha_ci95");
        numbers(ci, r.alphaCi95()[0], r.alphaCi95()[1]);
        root.put("bootstrap_replicates", r.bootstrap());
        root.put("bootstrap_seed", r.seed());
        root.put("bootstrap_method", "percentile, units resampled with replacement");
        number(root, "percent_agreement", r.percentAgreement());
        FleissKappa.Result f = r.fleiss();
        number(root, "fleiss_kappa", f.kappa());
        root.put("fleiss_items_used", f.itemsUsed());
        root.put("fleiss_items_excluded", f.itemsExcluded());
        ObjectNode perCategory = root.putObject("fleiss_category_kappa");
        for (int c = 0; c < m.categories(); c++) {
            number(perCategory, m.categoryNames().get(c), f.categoryKappa()[c]);
        }
        number(root, "scott_pi", r.scottPi());
        ArrayNode pairs = root.putArray("cohen_kappa");
        for (PairwiseAgreement.Pair p : r.pairs()) {
            pairs.add(pair(p, m.categoryNames()));
        }
        if (r.pairs().size() == 1) {
            number(root, "cohen_kappa_pair", r.pairs().get(0).cohenKappa());
        }
        ArrayNode groups = root.putArray("per_document");
        for (Breakdown.GroupAlpha g : r.groups()) {
            ObjectNode o = groups.addObject().put("document", g.group()).put("items", g.items())
                    .put("n_pairable_values", g.pairableValues());
            number(o, "krippendorff_alpha", g.alpha());
        }
        ArrayNode worst = root.putArray("most_disagreed");
        for (Breakdown.ItemDisagreement d : r.mostDisagreed()) {
            worst.addObject().put("item", d.item()).put("document", d.group()).put("values", d.values())
                    .put("disagreement", d.disagreement());
        }
        return root;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serialises", e);
        }
    }

    static ObjectNode pair(PairwiseAgreement.Pair p, List<String> categories) {
        ObjectNode o = JSON.createObjectNode().put("a", p.a()).put("b", p.b());
        number(o, "kappa", p.cohenKappa());
        o.put("items_used", p.itemsUsed());
        o.put("items_excluded", p.itemsExcluded());
        number(o, "percent_agreement", p.percent());
        number(o, "linear_weighted_kappa", p.linearKappa());
        number(o, "quadratic_weighted_kappa", p.quadraticKappa());
        number(o, "scott_pi", p.scottPi());
        ObjectNode confusion = o.putObject("confusion");
        for (int row = 0; row < categories.size(); row++) {
            ObjectNode cells = confusion.putObject(categories.get(row));
            for (int col = 0; col < categories.size(); col++) {
                cells.put(categories.get(col), p.confusion()[row][col]);
            }
        }
        return o;
    }

    static void number(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static void numbers(ArrayNode a, double... vs) {
        for (double v : vs) {
            if (Double.isNaN(v)) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
    }
}
