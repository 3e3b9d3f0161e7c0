package mizan.export;

import mizan.model.LabelScheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Class-label names in their fixed order: the index of a name is the integer written in the
 * Hugging Face files. Stance labels and claimer stances follow the label scheme's order; NER
 * tags are O, then B- and I- of each entity type in the scheme's order.
 */
record ClassLabels(List<String> stance, List<String> ner, List<String> claimerStance, Map<String, Integer> nerIds) {

    /** The integer of {@code name} in {@code names}; -1 for none. */
    int index(List<String> names, String name) {
        return names.indexOf(name);
    }

    /** The integer of an IOB2 tag, looked up rather than searched: there is one per token. */
    int nerIndex(String tag) {
        return nerIds.get(tag);
    }

    static ClassLabels of(LabelScheme scheme) {
        List<String> ner = new ArrayList<>();
        ner.add("O");
        for (String t : scheme.entityTypeIds()) {
            ner.add("B-" + t);
            ner.add("I-" + t);
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < ner.size(); i++) {
            ids.put(ner.get(i), i);
        }
        return new ClassLabels(scheme.stanceLabelIds(), List.copyOf(ner), scheme.claimerStances(), Map.copyOf(ids));
    }
}
