package mizan.export;

import mizan.agreement.AlphaAccumulator;
import mizan.agreement.KrippendorffAlpha;
import mizan.agreement.Level;
import mizan.model.Annotator;
import mizan.model.AnnotationSet;
import mizan.model.LabelScheme;
import mizan.model.LabeledParagraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dataset card's agreement figures: Krippendorff's α (nominal) for stance, the headline
 * figure of mizan agreement, computed on the way as paragraphs stream past (one coincidence
 * matrix, whatever the size), plus percent agreement and exact-match span F1.
 */
public final class CardAgreement implements AgreementSummary {

    private final LabelScheme scheme;
    private final List<String> labels;
    private final AlphaAccumulator stance;
    private final PercentAgreement simple = new PercentAgreement();

    public CardAgreement(LabelScheme scheme) {
        this.scheme = scheme;
        this.labels = scheme.stanceLabelIds();
        double[] values = new double[labels.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        this.stance = new AlphaAccumulator(values);
    }

    @Override
    public String method() {
        return "Krippendorff's alpha (nominal) over (paragraph, target) units for stance, as mizan agreement computes it; "
                + simple.method();
    }

    @Override
    public void observe(LabeledParagraph paragraph) {
        simple.observe(paragraph);
        for (LabelScheme.Target t : scheme.targets()) {
            List<Integer> codes = new ArrayList<>();
            for (Map.Entry<String, AnnotationSet> e : paragraph.byAnnotator().entrySet()) {
                String label = e.getKey().equals(Annotator.GOLD) ? null : e.getValue().stance().get(t.id());
                int code = label == null ? -1 : labels.indexOf(label);
                if (code >= 0) {
                    codes.add(code);
                }
            }
            stance.add(codes.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Override
    public List<Figure> figures() {
        KrippendorffAlpha.Result a = stance.result(Level.NOMINAL);
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("stance", "Krippendorff's alpha (nominal)", a.alpha(),
                a.pairableValues() + " pairable values in " + a.pairableItems() + " (paragraph, target) units"));
        out.addAll(simple.figures());
        return out;
    }
}
