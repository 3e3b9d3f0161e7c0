package mizan.app;

import mizan.corpus.ImportReport;
import mizan.store.Store;
import mizan.tui.runtime.LocalTerminal;
import mizan.tui.runtime.Runtime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mizan annotate}: the labeling workbench. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Open the annotation workbench in this terminal.",
                "A database with no documents gets the sample corpus in seeds/ imported first."})
final class AnnotateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    WorkbenchOptions workbench;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return open(storeOptions, workbench, spec);
    }

    static int open(StoreOptions storeOptions, WorkbenchOptions workbench, CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        if (workbench.printKeys) {
            var scheme = java.nio.file.Files.exists(storeOptions.path())
                    ? readScheme(storeOptions) : mizan.model.LabelScheme.defaults();
            out.print(mizan.tui.KeyTable.markdown(workbench.keymap(scheme), scheme));
            out.flush();
            return 0;
        }
        // ./mizan on a fresh clone starts a project; a database someone named must already be there.
        try (Store store = storeOptions.isDefault() ? storeOptions.create() : storeOptions.open()) {
            importSeedsIfEmpty(store, out);
            String name = Access.member(store, workbench.annotatorName()).name();
            if (!Tty.stdinIsTerminal() || !Tty.isTerminal(1)) {
                StatusCommand.print(store, out);
                out.println();
                out.println("(no terminal: the workbench needs one on standard input and output; this is the project status)");
                return 0;
            }
            var scheme = store.settings().labelScheme();
            var keymap = workbench.keymap(scheme);
            var mode = workbench.bidiMode();
            out.flush();
            try (LocalTerminal term = new LocalTerminal()) {
                new Runtime(term, store, Runtime.Config.workbench(name, scheme, keymap, mode,
                        storeOptions.path().toString())).run();
            } catch (java.io.IOException e) {
                throw new UserException("the terminal failed: " + mizan.model.FileProblem.why(e));
            }
        }
        return 0;
    }

    private static mizan.model.LabelScheme readScheme(StoreOptions storeOptions) {
        try (Store store = storeOptions.open()) {
            return store.settings().labelScheme();
        }
    }

    static void importSeedsIfEmpty(Store store, PrintWriter out) {
        if (store.documents().count() > 0) {
            return;
        }
        Optional<Path> seeds = Seeds.locate();
        if (seeds.isEmpty()) {
            out.println("The database has no documents and no seeds/ folder was found; import some with: mizan import "
                    + StoreOptions.dbOption(store.path()) + " PATH");
            return;
        }
        ImportReport report = ImportCommand.run(store, List.of(seeds.get()));
        out.print("New database: imported the sample corpus from " + seeds.get() + "\n" + report.summary());
        out.flush();
    }
}
