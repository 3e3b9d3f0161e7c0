package mizan.export;

import mizan.model.LabelScheme;

import java.util.ArrayList;
import java.util.List;

/**
 * Class-label names in their fixed order: the index of a name is the integer written in the
 * Hugging Face files. Stance labels and claimer stances follow the label scheme's order; NER
 * tags are O, then B- and I- of each entity type in the scheme's order.
 */
record ClassLabels(List<String> stance, List<String> ner, List<String> claimerStance) {

    static ClassLabels of(LabelScheme scheme) {
        List<String> ner = new ArrayList<>();
        ner.add("O");
        for (String t : scheme.entityTypeIds()) {
            ner.add("B-" + t);
            ner.add("I-" + t);
        }
        return new ClassLabels(scheme.stanceLabelIds(), List.copyOf(ner), scheme.claimerStances());
    }
}
