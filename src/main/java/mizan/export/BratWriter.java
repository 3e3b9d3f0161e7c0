package mizan.export;

import mizan.model.LabelScheme;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * brat standoff: for each document a {@code .txt} with its exported paragraphs, one per line,
 * and a {@code .ann} with entities ({@code T}), claims ({@code T} of type Claim), each claim's
 * claimer ({@code R} Claimer to an entity, or the ClaimerKind attribute AUTHOR/ANONYMOUS) and
 * its attributes ({@code A} CheckWorthy, ClaimerStance). Offsets count code points into the
 * {@code .txt}, which is how brat (a Python program) indexes text, the unit of the JSONL too.
 * With every annotator's labels, each annotator gets a folder of their own.
 */
final class BratWriter implements DatasetWriter {

    private final Path folder;
    private final boolean perAnnotator;

    BratWriter(Path folder, LabelScheme scheme, boolean perAnnotator) throws IOException {
        this.folder = folder;
        this.perAnnotator = perAnnotator;
        try (Writer w = TextFiles.open(folder.resolve("annotation.conf"))) {
            w.write("# brat configuration for mizan exports\n[entities]\n");
            for (String t : scheme.entityTypeIds()) {
                w.write(t + "\n");
            }
            w.write("Claim\n\n[relations]\nClaimer\tArg1:Claim, Arg2:<ENTITY>\n\n[events]\n\n[attributes]\n");
            w.write("CheckWorthy\tArg:Claim\n");
            w.write("ClaimerStance\tArg:Claim, Value:" + String.join("|", scheme.claimerStances()) + "\n");
            w.write("ClaimerKind\tArg:Claim, Value:AUTHOR|ANONYMOUS\n");
        }
    }

    @Override
    public void document(String docId, Split split, List<Item> items) throws IOException {
        Map<String, Doc> byOwner = new LinkedHashMap<>();
        for (Item item : items) {
            ExportLine l = item.line();
            byOwner.computeIfAbsent(perAnnotator ? String.join("+", l.annotators()) : "", k -> new Doc()).add(l);
        }
        for (Map.Entry<String, Doc> e : byOwner.entrySet()) {
            Path dir = e.getKey().isEmpty() ? folder : folder.resolve(e.getKey());
            try (Writer txt = TextFiles.open(dir.resolve(docId + ".txt"))) {
                txt.write(e.getValue().txt.toString());
            }
            try (Writer ann = TextFiles.open(dir.resolve(docId + ".ann"))) {
                ann.write(e.getValue().ann.toString());
            }
        }
    }

    /** One document's text and annotations as they grow paragraph by paragraph. */
    private static final class Doc {
        final StringBuilder txt = new StringBuilder();
        final StringBuilder ann = new StringBuilder();
        int base;
        int t;
        int a;
        int r;

        void add(ExportLine l) {
            txt.append(l.text()).append('\n');
            Map<String, String> entityT = new LinkedHashMap<>();
            for (ExportLine.Entity e : l.entities()) {
                String id = "T" + ++t;
                entityT.put(e.id(), id);
                textBound(id, e.label(), e.start(), e.end(), e.text());
            }
            for (ExportLine.Claim c : l.claims()) {
                String id = "T" + ++t;
                textBound(id, "Claim", c.start(), c.end(), c.text());
                if (c.checkWorthy()) {
                    ann.append('A').append(++a).append("\tCheckWorthy ").append(id).append('\n');
                }
                if (c.claimerStance() != null) {
                    ann.append('A').append(++a).append("\tClaimerStance ").append(id).append(' ')
                            .append(c.claimerStance()).append('\n');
                }
                String entity = entityT.get(c.claimer());
                if (entity != null) {
                    ann.append('R').append(++r).append("\tClaimer Arg1:").append(id).append(" Arg2:").append(entity)
                            .append('\n');
                } else {
                    ann.append('A').append(++a).append("\tClaimerKind ").append(id).append(' ').append(c.claimer())
                            .append('\n');
                }
            }
            base += CodePoints.count(l.text()) + 1;
        }

        private void textBound(String id, String type, int start, int end, String text) {
            ann.append(id).append('\t').append(type).append(' ').append(base + start).append(' ')
                    .append(base + end).append('\t').append(text).append('\n');
        }
    }

    @Override
    public void close() {
        // every document's files are closed as they are written
    }
}
