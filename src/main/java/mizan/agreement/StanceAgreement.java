package mizan.agreement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mizan.model.StanceLabel;

/**
 * Stance is labelled per (paragraph, target), and agreement is only meaningful per target: a
 * paragraph can favour one target and oppose another. This splits stance labels into one
 * {@link LabelMatrix} per target (items are paragraphs), ready for α, κ and the per-pair
 * confusion matrices of {@link PairwiseAgreement}.
 */
public final class StanceAgreement {

    private StanceAgreement() {
    }

    /**
     * @param labelOrder the scheme's stance labels, so that categories keep the scheme's order
     *                   (and codes are comparable across targets)
     * @param annotators every annotator of the study, so that each matrix has the same columns
     */
    public static Map<String, LabelMatrix> perTarget(List<StanceLabel> labels, List<String> labelOrder,
                                                     List<String> annotators) {
        Map<String, LabelMatrixBuilder> builders = new TreeMap<>();
        for (StanceLabel s : labels) {
            builders.computeIfAbsent(s.target(), t -> new LabelMatrixBuilder().annotators(annotators).categories(labelOrder))
                    .add(s.paragraphId(), s.annotator(), s.label());
        }
        Map<String, LabelMatrix> out = new TreeMap<>();
        builders.forEach((target, b) -> out.put(target, b.build()));
        return out;
    }
}
