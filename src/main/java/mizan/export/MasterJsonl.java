package mizan.export;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The master JSONL, the layout DESIGN.md makes a public contract and the file
 * {@code import-annotations} reads back. Keys are written in one fixed order so equal labels
 * give byte-identical files.
 */
final class MasterJsonl implements DatasetWriter {

    static final String FILE = "master.jsonl";

    private final Jsonl out;

    MasterJsonl(Path folder) throws IOException {
        out = new Jsonl(folder.resolve(FILE));
    }

    @Override
    public void document(String docId, Split split, List<Item> items) throws IOException {
        for (Item item : items) {
            write(out.g, item);
            out.endLine();
        }
    }

    static void write(JsonGenerator g, Item item) throws IOException {
        ExportLine l = item.line();
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("doc_id", l.docId());
        g.writeNumberField("para_index", l.paraIndex());
        JsonText.field(g, item);
        g.writeBooleanField("boilerplate", l.boilerplate());
        g.writeArrayFieldStart("entities");
        for (ExportLine.Entity e : l.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            g.writeStringField("label", e.label());
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (ExportLine.Claim c : l.claims()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeStringField("text", c.text());
            g.writeBooleanField("check_worthy", c.checkWorthy());
            g.writeStringField("claimer", c.claimer());
            g.writeStringField("claimer_stance", c.claimerStance());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stance");
        for (ExportLine.Stance s : l.stance()) {
            g.writeStartObject();
            g.writeStringField("target", s.target());
            g.writeStringField("label", s.label());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("annotators");
        for (String a : l.annotators()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeBooleanField("adjudicated", l.adjudicated());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
