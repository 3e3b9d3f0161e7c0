package mizan.export;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Hugging Face dataset: {@code stance/}, {@code claims/} and {@code ner/}, each with
 * train/validation/test JSONL. Class labels are written as integers whose names, in a fixed
 * order, are in the card ({@link ClassLabels}); -1 means "no label", as in Hugging Face.
 */
final class HfWriter implements DatasetWriter {

    static final List<String> CONFIGS = List.of("stance", "claims", "ner");

    private final ClassLabels labels;
    private final Jsonl[][] files = new Jsonl[CONFIGS.size()][Split.values().length];

    HfWriter(Path folder, ClassLabels labels) throws IOException {
        this.labels = labels;
        for (int c = 0; c < CONFIGS.size(); c++) {
            for (Split s : Split.values()) {
                files[c][s.ordinal()] = new Jsonl(folder.resolve(CONFIGS.get(c)).resolve(s.id() + ".jsonl"));
            }
        }
    }

    @Override
    public void document(String docId, Split split, List<Item> items) throws IOException {
        for (Item item : items) {
            stance(files[0][split.ordinal()], item);
            claims(files[1][split.ordinal()].g, item);
            files[1][split.ordinal()].endLine();
            ner(files[2][split.ordinal()].g, item);
            files[2][split.ordinal()].endLine();
        }
    }

    private void stance(Jsonl out, Item item) throws IOException {
        ExportLine l = item.line();
        for (ExportLine.Stance s : l.stance()) {
            JsonGenerator g = out.g;
            g.writeStartObject();
            g.writeStringField("id", l.id() + ":" + s.target());
            g.writeStringField("doc_id", l.docId());
            g.writeStringField("paragraph_id", l.id());
            g.writeStringField("target", s.target());
            JsonText.field(g, item);
            g.writeNumberField("label", labels.index(labels.stance(), s.label()));
            out.endLine();
        }
    }

    private void claims(JsonGenerator g, Item item) throws IOException {
        ExportLine l = item.line();
        head(g, l);
        JsonText.field(g, item);
        g.writeArrayFieldStart("claims");
        for (ExportLine.Claim c : l.claims()) {
            ExportLine.Entity claimer = l.entities().stream().filter(e -> e.id().equals(c.claimer())).findFirst()
                    .orElse(null);
            g.writeStartObject();
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeStringField("text", c.text());
            g.writeBooleanField("check_worthy", c.checkWorthy());
            g.writeStringField("claimer", claimer == null ? c.claimer() : "ENTITY");
            g.writeNumberField("claimer_start", claimer == null ? -1 : claimer.start());
            g.writeNumberField("claimer_end", claimer == null ? -1 : claimer.end());
            g.writeStringField("claimer_text", claimer == null ? "" : claimer.text());
            g.writeNumberField("claimer_stance", labels.index(labels.claimerStance(), c.claimerStance()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void ner(JsonGenerator g, Item item) throws IOException {
        head(g, item.line());
        g.writeArrayFieldStart("tokens");
        for (String t : item.tagged().tokens()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ner_tags");
        for (String t : item.tagged().tags()) {
            g.writeNumber(labels.nerIndex(t));
        }
        g.writeEndArray();
    }

    private static void head(JsonGenerator g, ExportLine l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("doc_id", l.docId());
    }

    @Override
    public void close() throws IOException {
        for (Jsonl[] config : files) {
            for (Jsonl f : config) {
                f.close();
            }
        }
    }
}
