package mizan.app;

import mizan.store.Labels;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mizan status}: what the project holds and how far labeling has come. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show documents, paragraphs (boilerplate apart) and labeled counts per annotator and task.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            print(store, spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(Store store, PrintWriter out) {
        int docs = store.documents().count();
        int text = store.documents().paragraphCount(false);
        int boiler = store.documents().paragraphCount(true);
        out.printf("database     %s%n", store.path());
        out.printf("documents    %d%n", docs);
        out.printf("paragraphs   %d to label, %d boilerplate (skipped by default)%n", text, boiler);
        out.printf("label scheme %s: %d targets, %d entity types%n", store.settings().labelScheme().name(),
                store.settings().labelScheme().targets().size(), store.settings().labelScheme().entityTypes().size());
        List<Labels.Counts> counts = store.labels().countsByAnnotator();
        if (counts.isEmpty()) {
            out.println("labels       none yet");
        } else {
            out.printf("%n%-16s %10s %10s %8s %8s%n", "annotator", "stance¶", "entities", "claims", "skipped");
            for (Labels.Counts c : counts) {
                out.printf("%-16s %10d %10d %8d %8d%n", c.annotator(), c.stanceParagraphs(), c.entities(), c.claims(),
                        c.flagged());
            }
        }
        out.flush();
    }
}
