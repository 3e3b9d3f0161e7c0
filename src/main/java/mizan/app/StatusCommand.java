package mizan.app;

import mizan.store.Assignments;
import mizan.store.Labels;
import mizan.store.Queues;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
        out.printf("assignments  %s%n", Assignments.current(store).isEmpty()
                ? "none: every annotator's queue is the whole corpus" : Assignments.current(store).size() + " annotator(s) assigned");
        out.printf("overlap      %d paragraph(s) labeled by two or more annotators%n", Assignments.paragraphsWithAtLeast(store, 2));
        List<Labels.Counts> counts = store.labels().countsByAnnotator();
        Map<String, Labels.Counts> byName = new TreeMap<>();
        counts.forEach(c -> byName.put(c.annotator(), c));
        Map<String, String> roles = new TreeMap<>();
        store.team().list().forEach(a -> roles.put(a.name(), a.role().id()));
        Set<String> people = new TreeSet<>(roles.keySet());
        people.addAll(byName.keySet());
        if (people.isEmpty()) {
            out.println("labels       none yet");
            out.flush();
            return;
        }
        int targets = store.settings().labelScheme().targets().size();
        out.printf("%n%-16s %-9s %18s %9s %9s %7s %8s%n", "annotator", "role", "progress", "stance¶", "entities", "claims",
                "skipped");
        for (String name : people) {
            Labels.Counts c = byName.getOrDefault(name, new Labels.Counts(name, 0, 0, 0, 0));
            String progress = "";
            if (!name.startsWith("@")) {
                List<String> queue = Queues.of(store, name);
                Set<String> done = new HashSet<>(store.labels().finishedParagraphs(name, targets));
                long finished = queue.stream().filter(done::contains).count();
                progress = String.format("%d/%d %3d%%", finished, queue.size(),
                        queue.isEmpty() ? 0 : Math.round(100.0 * finished / queue.size()));
            }
            out.printf("%-16s %-9s %18s %9d %9d %7d %8d%n", name, roles.getOrDefault(name, name.startsWith("@") ? "gold" : "-"),
                    progress, c.stanceParagraphs(), c.entities(), c.claims(), c.flagged());
        }
        out.flush();
    }
}
