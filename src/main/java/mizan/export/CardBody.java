package mizan.export;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** The prose part of the dataset card: sizes, distributions, agreement, annotators, tokenizer, policy. */
final class CardBody {

    private CardBody() {
    }

    static void append(StringBuilder b, CardFacts f, ClassLabels labels) {
        b.append("# mizan: stance, claims and named entities in Arabic news\n\n");
        b.append("Exported by `mizan export` as `").append(f.name()).append("`.\n\n");
        b.append("- **Source:** ").append(f.options().source().describe()).append('\n');
        b.append("- **Adjudication policy:** ").append(f.policy()).append('\n');
        b.append("- **Splits:** by document, ").append(f.options().split()).append(" percent (train, validation,"
                + " test), seed ").append(f.options().seed()).append(", stratified by each document's most"
                + " frequent stance label\n");
        b.append("- **Boilerplate paragraphs:** ").append(f.options().includeBoilerplate() ? "included" : "left out")
                .append('\n');
        b.append("- **Offsets:** Unicode code points into `text`, 0-based, end-exclusive (Python `text[start:end]`)\n");
        b.append("- **Tokenizer (ner, CoNLL):** ").append(CardFacts.TOKENIZER).append('\n');
        b.append("- **Annotators:** ").append(f.annotators().size()).append('\n');
        b.append("- **Licence:** to be filled in by the project lead (the `license` field above)\n");
        b.append("\n```python\nfrom datasets import load_dataset\n")
                .append("stance = load_dataset(\"path/to/this/folder\", \"stance\")  # or \"claims\", \"ner\"\n```\n");

        b.append("\n## Splits\n\n| split | documents | paragraphs | stance rows | entities | claims |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Split s : Split.values()) {
            Stats.Counts c = f.stats().of(s);
            b.append("| ").append(s.id()).append(" | ").append(c.documents).append(" | ").append(c.paragraphs)
                    .append(" | ").append(sum(c.stance)).append(" | ").append(sum(c.entities)).append(" | ")
                    .append(c.claims).append(" |\n");
        }

        b.append("\n## Label distributions\n");
        DatasetCard.table(b, "Stance (config `stance`, one row per paragraph and target):",
                per(f, c -> c.stance), labels.stance());
        DatasetCard.table(b, "Entity types (config `ner`; CoNLL):", per(f, c -> c.entities), f.scheme().entityTypeIds());
        DatasetCard.table(b, "Claimer stance (config `claims`):", per(f, c -> c.claimerStance), labels.claimerStance());
        b.append("\nCheck-worthy claims:");
        for (Split s : Split.values()) {
            b.append(' ').append(s.id()).append(' ').append(f.stats().of(s).checkWorthy).append(" of ")
                    .append(f.stats().of(s).claims).append(';');
        }
        int dropped = f.stats().total(c -> c.droppedOverlaps);
        b.append("\nEntities left out of `ner` and CoNLL because they overlap another (IOB2 cannot nest): ")
                .append(dropped).append(".\n");

        b.append("\n## Class labels\n\nIntegers in the data files index these lists, in this fixed order.\n\n");
        b.append("- `stance.label`: ").append(String.join(", ", labels.stance())).append('\n');
        b.append("- `claims.claimer_stance`: ").append(String.join(", ", labels.claimerStance()))
                .append(" (-1: none given)\n");
        b.append("- `ner.ner_tags`: ").append(String.join(", ", labels.ner())).append('\n');

        b.append("\n## Agreement\n\n<!-- figures supplied to the export through mizan.export.AgreementSummary -->\n");
        b.append("Method: ").append(f.agreement().method()).append(".\n\n| task | measure | value | over |\n")
                .append("| --- | --- | ---: | --- |\n");
        for (AgreementSummary.Figure fig : f.agreement().figures()) {
            b.append("| ").append(fig.task()).append(" | ").append(fig.measure()).append(" | ")
                    .append(Double.isNaN(fig.value()) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", fig.value()))
                    .append(" | ").append(fig.basis()).append(" |\n");
        }
    }

    private static Map<Split, Map<String, Integer>> per(CardFacts f, Function<Stats.Counts, Map<String, Integer>> get) {
        Map<Split, Map<String, Integer>> out = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            out.put(s, get.apply(f.stats().of(s)));
        }
        return out;
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(i -> i).sum();
    }
}
