package mizan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ibm.icu.util.VersionInfo;
import mizan.model.LabelScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the card, the export manifest and the command's summary say about one export. */
record CardFacts(String name, ExportOptions options, LabelScheme scheme, Stats stats, AgreementSummary agreement,
                 Set<String> annotators) {

    static final String TOKENIZER = "ICU4J " + VersionInfo.ICU_VERSION + " word BreakIterator, locale ar"
            + " (mizan.text.WordTokens), tokens split where an entity edge falls inside them";

    /** The policy the gold lines follow, or what stood in for one. */
    String policy() {
        return options.source() instanceof Source.Gold g
                ? "adjudicated labels where a reviewer decided a task; elsewhere " + g.policy().id()
                : "none: " + options.source().describe();
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        for (Split s : Split.values()) {
            Stats.Counts c = stats.of(s);
            sb.append(String.format("%-10s %6d documents %8d paragraphs%n", s.id(), c.documents, c.paragraphs));
        }
        return sb.toString();
    }

    String manifestJson() throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("source", options.source().describe());
        m.put("policy", policy());
        m.put("formats", options.formats().stream().map(Format::id).sorted().toList());
        m.put("split_percentages", options.split());
        m.put("seed", options.seed());
        m.put("include_boilerplate", options.includeBoilerplate());
        m.put("annotators", List.copyOf(annotators));
        m.put("tokenizer", TOKENIZER);
        m.put("offsets", "Unicode code points into text, 0-based, end-exclusive (Python text[start:end])");
        Map<String, Object> splits = new LinkedHashMap<>();
        for (Split s : Split.values()) {
            splits.put(s.id(), Map.of("documents", stats.of(s).documents, "paragraphs", stats.of(s).paragraphs));
        }
        m.put("splits", splits);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }
}
