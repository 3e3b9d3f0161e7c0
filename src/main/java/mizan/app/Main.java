package mizan.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

import java.io.PrintWriter;

/** The {@code mizan} command: the workbench by default, and the project's subcommands. */
@Command(name = "mizan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"A terminal workbench for labeling stance, claims and named entities in Arabic news text.",
                "", "With no command, opens the workbench (mizan annotate); a database with no documents gets the",
                "sample corpus in seeds/ imported first."},
        subcommands = {AnnotateCommand.class, ImportCommand.class, StatusCommand.class, InitCommand.class,
                AgreementCommand.class, TeamCommand.class, AssignCommand.class, AdjudicateCommand.class, LogCommand.class,
                RelabelCommand.class,
                ExportCommand.class, ImportAnnotationsCommand.class, ServeCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    private final StoreOptions storeOptions = new StoreOptions();

    @picocli.CommandLine.Option(names = "--db", paramLabel = "FILE",
            description = "The project database, for the workbench and any command after it (default: $MIZAN_DB, else ./mizan.db).")
    void db(java.nio.file.Path file) {
        StoreOptions.given = file;
    }

    @Mixin
    WorkbenchOptions workbench;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return AnnotateCommand.open(storeOptions, workbench, spec);
    }


    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        StoreOptions.given = null;
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            commandLine.getErr().println("mizan: " + FailureReport.message(ex, parsed.originalArgs()));
            commandLine.getErr().flush();
            return ex instanceof UserException u ? u.exitCode() : 1;
        });
        return cmd.execute(args);
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"mizan " + (v == null ? "development build" : v)};
        }
    }
}
