package mizan.export;

/** The {@code dataset_info} features of each config, matching what {@link HfWriter} writes. */
final class CardFeatures {

    private CardFeatures() {
    }

    static void stance(StringBuilder y, ClassLabels labels) {
        begin(y, "stance");
        strings(y, "  ", "id", "doc_id", "paragraph_id", "target", "text");
        y.append("  - name: label\n    dtype:\n");
        DatasetCard.classLabel(y, "      ", labels.stance());
    }

    static void claims(StringBuilder y, ClassLabels labels) {
        begin(y, "claims");
        strings(y, "  ", "id", "doc_id", "text");
        y.append("  - name: claims\n    list:\n");
        y.append("    - name: start\n      dtype: int32\n    - name: end\n      dtype: int32\n");
        strings(y, "    ", "text");
        y.append("    - name: check_worthy\n      dtype: bool\n");
        strings(y, "    ", "claimer");
        y.append("    - name: claimer_start\n      dtype: int32\n    - name: claimer_end\n      dtype: int32\n");
        strings(y, "    ", "claimer_text");
        y.append("    - name: claimer_stance\n      dtype:\n");
        DatasetCard.classLabel(y, "        ", labels.claimerStance());
    }

    static void ner(StringBuilder y, ClassLabels labels) {
        begin(y, "ner");
        strings(y, "  ", "id", "doc_id");
        y.append("  - name: tokens\n    sequence: string\n");
        y.append("  - name: ner_tags\n    sequence:\n");
        DatasetCard.classLabel(y, "      ", labels.ner());
    }

    private static void begin(StringBuilder y, String config) {
        y.append("- config_name: ").append(config).append("\n  features:\n");
    }

    private static void strings(StringBuilder y, String indent, String... names) {
        for (String n : names) {
            y.append(indent).append("- name: ").append(n).append('\n').append(indent).append("  dtype: string\n");
        }
    }
}
