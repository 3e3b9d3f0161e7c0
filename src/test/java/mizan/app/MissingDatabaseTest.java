package mizan.app;

import mizan.TestFiles;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static mizan.app.ImportCommandTest.mizan;
import static org.assertj.core.api.Assertions.assertThat;

/** A mistyped --db is an error that says how to make a database, never a new empty project. */
class MissingDatabaseTest {

    /** The commands that make a database when there is none; every other one must refuse. */
    private static final Set<String> CREATORS = Set.of("init", "import");
    /** Commands that do not use the project database at all. */
    private static final Set<String> NO_DATABASE = Set.of("help", "bench");
    /** Arguments a command checks before it opens the database, set to values that pass those checks. */
    private static final Map<String, List<String>> VALID = Map.of("team self-registration", List.of("on"));

    @TempDir
    Path dir;

    @Test
    void everyCommandButInitAndImportRefusesAMistypedDbAndCreatesNothing() throws IOException {
        Path input = Files.writeString(dir.resolve("input.jsonl"), "{}\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Path typo = project.resolve("tema.db");
        Map<String, List<String>> commands = commandLines(input);
        commands.put("mizan (the workbench)", List.of());
        assertThat(commands.keySet()).as("the commands found in mizan's command line")
                .contains("annotate", "adjudicate", "status", "log", "team add", "team list", "team remove",
                        "team self-registration", "export", "assign", "agreement", "import-annotations", "serve");

        for (Map.Entry<String, List<String>> c : commands.entrySet()) {
            for (boolean before : new boolean[] {false, true}) {
                List<String> args = new ArrayList<>();
                if (before) {
                    args.addAll(List.of("--db", typo.toString())); // mizan --db FILE COMMAND
                }
                args.addAll(c.getValue());
                if (!before) {
                    args.addAll(List.of("--db", typo.toString()));
                }
                String line = "mizan " + String.join(" ", args);
                ImportCommandTest.Result r = mizan(args.toArray(String[]::new));
                assertThat(r.exit()).as(line + "\n" + r.err()).isEqualTo(2);
                assertThat(r.err()).as(line).contains("no project database at " + typo)
                        .contains("mizan init --db " + typo).contains("mizan import --db " + typo + " PATH");
                try (Stream<Path> left = Files.list(project)) {
                    assertThat(left).as(line + " leaves no file behind").isEmpty();
                }
            }
        }
    }

    @Test
    void initAndImportCreateTheDatabaseTheOthersThenOpen() {
        Path made = dir.resolve("made.db");
        assertThat(mizan("init", "--db", made.toString()).exit()).isZero();
        assertThat(mizan("status", "--db", made.toString()).out()).contains("documents    0");
        Path imported = dir.resolve("imported.db");
        assertThat(mizan("import", "--db", imported.toString(), TestFiles.seeds().toString()).exit()).isZero();
        assertThat(mizan("status", "--db", imported.toString()).out()).contains("documents    5");
    }

    @Test
    void theWorkbenchOnTheDefaultPathStartsAProjectButOneNamedInMizanDbMustExist() throws Exception {
        Path work = Files.createDirectories(dir.resolve("clone"));
        Run fresh = java(work, null);
        assertThat(fresh.exit()).as(fresh.output()).isZero();
        assertThat(fresh.output()).contains("imported the sample corpus");
        try (Store s = Store.open(work.resolve("mizan.db"))) {
            assertThat(s.documents().count()).isEqualTo(5);
        }

        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Run typo = java(elsewhere, "tema.db");
        assertThat(typo.exit()).as(typo.output()).isEqualTo(2);
        assertThat(typo.output()).contains("no project database at tema.db").contains("mizan init --db tema.db");
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left).isEmpty();
        }
    }

    private record Run(int exit, String output) {
    }

    /** {@code mizan} with no arguments in {@code cwd}, with $MIZAN_DB set to {@code mizanDb} or unset. */
    private Run java(Path cwd, String mizanDb) throws Exception {
        Path log = dir.resolve(cwd.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator
                + "java", "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("MIZAN_SEEDS", TestFiles.seeds().toString());
        pb.environment().remove("MIZAN_DB");
        if (mizanDb != null) {
            pb.environment().put("MIZAN_DB", mizanDb);
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(log));
    }

    /**
     * Every command that takes --db, by its name ("team add"), with the arguments it requires:
     * read from mizan's own command line, so that a command added later is checked too.
     */
    private static Map<String, List<String>> commandLines(Path input) {
        Map<String, List<String>> out = new TreeMap<>();
        collect(new CommandLine(new Main()).getCommandSpec(), List.of(), input, out);
        return out;
    }

    private static void collect(CommandSpec spec, List<String> path, Path input, Map<String, List<String>> out) {
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            List<String> here = new ArrayList<>(path);
            here.add(s.name());
            String name = String.join(" ", here);
            if (path.isEmpty() && (CREATORS.contains(s.name()) || NO_DATABASE.contains(s.name()))) {
                continue;
            }
            if (!s.subcommands().isEmpty()) {
                collect(s, here, input, out);
                continue;
            }
            assertThat(s.findOption("--db")).as(name + " takes --db").isNotNull();
            List<String> args = new ArrayList<>(here);
            for (OptionSpec o : s.requiredArgs().stream().filter(ArgSpec::isOption).map(a -> (OptionSpec) a).toList()) {
                args.add(o.longestName());
                args.add(value(o, input));
            }
            List<String> positional = new ArrayList<>();
            s.positionalParameters().stream().filter(p -> p.arity().min() > 0)
                    .forEach(p -> positional.add(value(p, input)));
            args.addAll(VALID.getOrDefault(name, positional));
            out.put(name, args);
        }
    }

    /** A value a command accepts for an argument before it looks at the database. */
    private static String value(ArgSpec a, Path input) {
        Class<?> type = a.type();
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "2";
        }
        if (type == Path.class || type == List.class && a.auxiliaryTypes()[0] == Path.class) {
            return input.toString();
        }
        return "alice";
    }
}
