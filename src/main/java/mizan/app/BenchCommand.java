package mizan.app;

import mizan.bench.Bench;
import mizan.bench.Report;
import mizan.bench.Sizes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code mizan bench}: speed and memory figures, each held against its target. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Speed and memory figures, each held against its target.",
                "Measures mizan on a synthetic corpus made of the seed articles' sentences",
                "(shuffled with a fixed seed); progress goes to stderr.",
                "Full: import and export 100,000 paragraphs (3 runs each); 2,000 commits by 1",
                "writer process and 250 by each of 8; 20,000 keystrokes; 7 timed agreement runs;",
                "5 launches on the 100,000-paragraph database, as ./mizan starts it and as plain",
                "java -jar. --quick: 20,000 paragraphs (1 run each); 300 commits, 40 per writer;",
                "3,000 keystrokes; 3 agreement runs; 2 launches on the 20,000-paragraph database.",
                "Agreement is always over 1,000,000 ratings (100,000 items x 10 annotators)."},
        footer = {"", "JSON keys (--json; null when a figure could not be measured):",
                "  import_paragraphs_per_s, import_peak_heap_mb",
                "      import of the synthetic corpus, in a child JVM with -Xmx256m",
                "  commit_p50_ms, commit_p99_ms",
                "      one durable label write, one writer process",
                "  commit_p50_ms_8_writers, commit_p99_ms_8_writers",
                "      the same with 8 writer processes at once",
                "  frame_p50_ms, frame_p99_ms",
                "      key message to finished cell grid: 400 words, 20 spans, 80x24",
                "  bytes_per_stance_key      bytes sent for one stance keystroke at 80x24",
                "  keys_per_entity_span      fewest keys that tag a two-token entity",
                "  layout_us                 bidi + shaping + wrapping of the 400 words",
                "  alpha_1m_ms, dkpro_alpha_1m_ms, alpha_speedup_vs_dkpro",
                "      Krippendorff's alpha over 1,000,000 ratings, ours and DKPro's",
                "  fleiss_1m_ms, dkpro_fleiss_1m_ms, fleiss_speedup_vs_dkpro",
                "      Fleiss' kappa, the same way",
                "  export_paragraphs_per_s, export_peak_heap_mb",
                "      export to master JSONL + Hugging Face + CoNLL, -Xmx256m",
                "  startup_ms                launch to the first frame showing a paragraph,",
                "                            started as ./mizan starts it",
                "  startup_ms_plain          the same, started as plain java -jar",
                "  rss_mb                    resident memory of the open workbench",
                "Also the run's sizes (mode, import_paragraphs, import_runs, commit_writes,",
                "commit_writes_per_writer_8, frame_keys, agreement_ratings, agreement_runs,",
                "launches) and load_average_1m: how busy the machine was at the end.",
                "Figures, targets and the machine: docs/BENCHMARKS.md."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Smaller sizes and fewer repetitions; finishes within a minute.")
    boolean quick;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--dir", paramLabel = "FOLDER",
            description = "Where the corpora and databases go (default: the system's temporary folder). "
                    + "Commit latency depends on this disk.")
    Path dir;

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Run only these parts: import, commit, frame, agreement, export, startup (start-up also "
                    + "reports rss_mb).")
    List<String> only;

    @Option(names = "--keep", description = "Keep the corpora and databases instead of deleting them.")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (only != null && !Bench.PARTS.containsAll(only)) {
            throw new UserException("--only takes " + String.join(", ", Bench.PARTS) + "; not " + only, 2);
        }
        Path seeds = Seeds.locate().orElseThrow(() -> new UserException(
                "the seed articles were not found: run from the project folder, or set MIZAN_SEEDS"));
        Path work = dir == null ? Files.createTempDirectory("mizan-bench-")
                : Files.createTempDirectory(Files.createDirectories(dir), "mizan-bench-");
        PrintWriter out = spec.commandLine().getOut();
        try {
            Report report = new Bench(quick ? Sizes.QUICK : Sizes.FULL, seeds, work, launcherOptions(),
                    line -> System.err.println("bench: " + line)).run(Set.copyOf(only == null ? Bench.PARTS : only));
            out.print(json ? report.json() + "\n" : report.table());
            out.flush();
        } finally {
            if (keep) {
                System.err.println("bench: kept " + work);
            } else {
                deleteTree(work);
            }
        }
        return 0;
    }

    /** The JVM options the {@code mizan} launcher gives the workbench ($MIZAN_JAVA_OPTS). */
    static List<String> launcherOptions() {
        String opts = System.getenv("MIZAN_JAVA_OPTS");
        return opts == null || opts.isBlank() ? List.of() : Arrays.asList(opts.strip().split("\\s+"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
