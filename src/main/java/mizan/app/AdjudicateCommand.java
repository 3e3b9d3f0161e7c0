package mizan.app;

import mizan.model.FileProblem;
import mizan.store.Store;
import mizan.store.AdjudicationQueue;
import mizan.tui.runtime.LocalTerminal;
import mizan.tui.runtime.Runtime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code mizan adjudicate}: a reviewer turns disagreements into gold. */
@Command(name = "adjudicate", mixinStandardHelpOptions = true,
        description = {"Walk the paragraphs two or more annotators labeled and disagree on, most-disagreed first,",
                "with every annotator's version shown. = N makes gold a copy of annotator N's version; the usual",
                "workbench keys edit gold. Paragraphs where every version agrees are accepted into gold at once",
                "(unless --no-auto-unanimous). Every decision records who, how and from whose versions;",
                "u and Ctrl-R undo and redo, also after a restart. Needs the reviewer role."})
final class AdjudicateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    WorkbenchOptions workbench;

    @Option(names = "--task", defaultValue = "all", paramLabel = "TASK",
            description = "Order by disagreement on stance, entities, claims or all (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--no-auto-unanimous", description = "Do not accept unanimous paragraphs into gold by themselves.")
    boolean noAutoUnanimous;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Set<String> tasks = switch (task) {
            case "all" -> Set.of("stance", "entities", "claims");
            case "stance", "entities", "claims" -> Set.of(task);
            default -> throw new UserException("--task must be stance, entities, claims or all, not '" + task + "'", 2);
        };
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            String reviewer = Access.require(store, workbench.annotatorName(), Right.ADJUDICATE).name();
            AdjudicationQueue.Result queue = AdjudicationQueue.build(store, reviewer, tasks, !noAutoUnanimous);
            if (queue.acceptedUnanimous() > 0) {
                out.printf("accepted %d unanimous paragraph(s) into gold%n", queue.acceptedUnanimous());
            }
            if (queue.items().isEmpty()) {
                out.printf("nothing to adjudicate: %d paragraph(s) labeled by two or more annotators, none in"
                        + " disagreement on %s%n", queue.shared(), task);
                out.flush();
                return 0;
            }
            if (!Tty.stdinIsTerminal() || !Tty.isTerminal(1)) {
                out.printf("%d paragraph(s) to adjudicate, most-disagreed first:%n", queue.items().size());
                queue.items().stream().limit(20).forEach(i -> out.printf("  %-24s %.3f%n", i.paragraphId(), i.disagreement()));
                out.println("(run mizan adjudicate " + StoreOptions.dbOption(store.path()) + " in a terminal to decide them)");
                out.flush();
                return 0;
            }
            var scheme = store.settings().labelScheme();
            out.flush();
            try (LocalTerminal term = new LocalTerminal()) {
                new Runtime(term, store, new Runtime.Config(reviewer, mizan.model.Annotator.GOLD, scheme,
                        workbench.keymap(scheme), workbench.bidiMode(), "Nothing to adjudicate."), queue::ids).run();
            } catch (IOException e) {
                throw new UserException("the terminal failed: " + FileProblem.why(e));
            }
        }
        return 0;
    }
}
