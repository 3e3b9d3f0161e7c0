package mizan.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Hugging Face dataset card, {@code hf/README.md}: a YAML header (language, licence for the
 * lead to fill, task categories, configs with their data files, features with class-label names
 * in their fixed order, split sizes) and a body with split sizes, label distributions per split,
 * agreement figures, the annotator count, the tokenizer and the gold policy.
 */
final class DatasetCard {

    private DatasetCard() {
    }

    static void write(Path file, CardFacts f) throws IOException {
        ClassLabels labels = ClassLabels.of(f.scheme());
        StringBuilder y = new StringBuilder("---\nlanguage:\n- ar\n");
        y.append("license: null  # the project lead fills this in before publishing (e.g. cc-by-4.0)\n");
        y.append("pretty_name: mizan Arabic news stance, claims and named entities\n");
        y.append("task_categories:\n- text-classification\n- token-classification\n");
        y.append("task_ids:\n- named-entity-recognition\n- fact-checking\n");
        y.append("configs:\n");
        for (String config : HfWriter.CONFIGS) {
            y.append("- config_name: ").append(config).append("\n  data_files:\n");
            for (Split s : Split.values()) {
                y.append("  - split: ").append(s.id()).append("\n    path: ").append(config).append('/')
                        .append(s.id()).append(".jsonl\n");
            }
        }
        y.append("dataset_info:\n");
        CardFeatures.stance(y, labels);
        splits(y, f, Split.values(), "stance");
        CardFeatures.claims(y, labels);
        splits(y, f, Split.values(), "claims");
        CardFeatures.ner(y, labels);
        splits(y, f, Split.values(), "ner");
        y.append("---\n\n");
        CardBody.append(y, f, labels);
        try (Writer w = TextFiles.open(file)) {
            w.write(y.toString());
        }
    }

    private static void splits(StringBuilder y, CardFacts f, Split[] splits, String config) {
        y.append("  splits:\n");
        for (Split s : splits) {
            Stats.Counts c = f.stats().of(s);
            int n = config.equals("stance") ? c.stance.values().stream().mapToInt(i -> i).sum() : c.paragraphs;
            y.append("  - name: ").append(s.id()).append("\n    num_examples: ").append(n).append('\n');
        }
    }

    /** A YAML class_label block with names keyed by their index. */
    static void classLabel(StringBuilder y, String indent, List<String> names) {
        y.append(indent).append("class_label:\n").append(indent).append("  names:\n");
        for (int i = 0; i < names.size(); i++) {
            y.append(indent).append("    '").append(i).append("': ").append(names.get(i)).append('\n');
        }
    }

    static void table(StringBuilder b, String title, Map<Split, Map<String, Integer>> bySplit, List<String> order) {
        b.append("\n").append(title).append("\n\n| label |");
        for (Split s : Split.values()) {
            b.append(' ').append(s.id()).append(" |");
        }
        b.append("\n| --- |").append(" ---: |".repeat(Split.values().length)).append('\n');
        for (String label : order) {
            b.append("| ").append(label).append(" |");
            for (Split s : Split.values()) {
                b.append(' ').append(bySplit.get(s).getOrDefault(label, 0)).append(" |");
            }
            b.append('\n');
        }
    }
}
