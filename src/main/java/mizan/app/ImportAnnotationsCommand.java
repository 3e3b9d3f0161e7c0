package mizan.app;

import mizan.export.AnnotationImporter;
import mizan.export.ExportException;
import mizan.model.Paragraph;
import mizan.store.LabelImport;
import mizan.store.ParagraphLookup;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mizan import-annotations FILE}: labels made elsewhere (or pre-annotations) in under an annotator's name. */
@Command(name = "import-annotations", mixinStandardHelpOptions = true,
        description = {"Import labels made elsewhere (master or doccano JSONL) under an annotator's name.",
                "Reads the master JSONL that mizan export writes, or doccano JSONL"
                + " (UTF-16 offsets, converted to code points). Lines are matched to paragraphs by id, else by"
                + " (doc_id, para_index), else by exact text. The labels replace that annotator's labels on the"
                + " paragraph. A line that matches nothing or whose spans do not fit is reported as FILE:LINE and"
                + " skipped; the exit status is then 1."})
final class ImportAnnotationsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "FILE", description = "A .jsonl file of annotations.")
    Path file;

    @Mixin
    UserOption user;

    @Option(names = "--as", paramLabel = "NAME",
            description = "Whose labels these become (default: the single annotator each line names).")
    String as;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Access.require(store, user.name(), Right.IMPORT_ANNOTATIONS);
            ParagraphLookup lookup = new ParagraphLookup(store);
            // logged as the lead's doing, on the owner's labels, from this file
            LabelImport writer = new LabelImport(store, user.name(), "import-annotations " + file);
            AnnotationImporter.Paragraphs paragraphs = new AnnotationImporter.Paragraphs() {
                @Override
                public List<Paragraph> byId(String id) {
                    return lookup.byId(id);
                }

                @Override
                public List<Paragraph> byPosition(String docId, int index) {
                    return lookup.byPosition(docId, index);
                }

                @Override
                public List<Paragraph> byText(String text) {
                    return lookup.byText(text);
                }
            };
            AnnotationImporter.Report r = new AnnotationImporter(paragraphs, batch -> writer.replace(batch.stream()
                    .map(m -> new LabelImport.Entry(m.paragraphId(), m.owner(), m.labels())).toList()),
                    store.settings().labelScheme()).run(file, as);
            for (String problem : r.problems()) {
                out.println(problem);
            }
            if (r.refused() > r.problems().size()) {
                out.printf("... and %d more lines refused%n", r.refused() - r.problems().size());
            }
            r.notes().forEach(out::println);
            out.printf("%s: %d paragraphs imported under %s (%d changed, %d already so), %d lines refused%s%n", file,
                    r.imported(), r.owners().isEmpty() ? (as == null ? "nobody" : as) : String.join(", ", r.owners()),
                    r.changed(), r.imported() - r.changed(), r.refused(), r.repeats() == 0 ? ""
                            : "; " + r.repeats() + " repeated span(s) not stored twice (the same label is kept once)");
            out.flush();
            return r.refused() == 0 ? 0 : 1;
        } catch (ExportException e) {
            throw new UserException(e.getMessage());
        }
    }
}
