package mizan.bench;

import mizan.agreement.AgreementTimings;
import mizan.corpus.Importer;
import mizan.store.Store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import static mizan.bench.Figure.Target.atLeast;
import static mizan.bench.Figure.Target.atMost;

/** Runs every benchmark at the given sizes and gathers the figures, telling progress as it goes. */
public final class Bench {

    /** The synthetic corpus's shuffle seed: the same text on every run and every machine. */
    public static final long SEED = 20_240_619L;

    private final Sizes sizes;
    private final Path work;
    private final Consumer<String> progress;
    private final SyntheticCorpus corpus;
    private final List<String> launcherOptions;

    /**
     * @param seeds           the seed articles the synthetic corpus is made of
     * @param work            an empty folder for corpora and databases
     * @param launcherOptions JVM options the launcher starts the workbench with
     */
    public Bench(Sizes sizes, Path seeds, Path work, List<String> launcherOptions, Consumer<String> progress) {
        this.sizes = sizes;
        this.work = work;
        this.progress = progress;
        this.launcherOptions = List.copyOf(launcherOptions);
        this.corpus = new SyntheticCorpus(SyntheticCorpus.seedSentences(seeds), SEED);
    }

    /** The parts of a run, in the order they run; {@code --only} names some of them. */
    public static final List<String> PARTS = List.of("import", "commit", "frame", "agreement", "export", "startup");

    public Report run(Set<String> parts) {
        Report r = new Report(sizes.describe());
        Path db = parts.contains("import") ? imports(r) : null;
        if (parts.contains("commit")) {
            commits(r);
        }
        if (parts.contains("frame")) {
            frames(r);
        }
        if (parts.contains("agreement")) {
            agreement(r);
        }
        if (parts.contains("export")) {
            ExportBench.add(r, work, db != null ? db : database("workbench", sizes.importParagraphs()),
                    sizes.importRuns(), progress);
        }
        if (parts.contains("startup")) {
            new Launches(sizes, work, launcherOptions, progress)
                    .add(r, db != null ? db : database("workbench", sizes.importParagraphs()));
        }
        double load = loadAverage();
        if (!Double.isNaN(load)) {
            r.note("load_average_1m", load);
        }
        return r;
    }

    /** Other work on the machine slows every figure here; the report says how busy it was. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** A database of {@code paragraphs} synthetic paragraphs, imported here, untimed. */
    private Path database(String name, int paragraphs) {
        progress.accept(String.format(Locale.ROOT, "preparing a database of %,d paragraphs", paragraphs));
        Path folder = work.resolve(name + "-corpus");
        corpus.writeDocuments(folder, paragraphs);
        Path db = work.resolve(name + ".db");
        try (Store s = Store.open(db)) {
            new Importer(s.documents(), Importer.Progress.NONE).importPaths(List.of(folder));
        }
        return db;
    }

    private Path imports(Report r) {
        int n = sizes.importParagraphs();
        progress.accept(String.format(Locale.ROOT, "writing a synthetic corpus of %,d paragraphs", n));
        Path folder = work.resolve("corpus");
        corpus.writeDocuments(folder, n);
        StoreBench store = new StoreBench(work);
        double[] rates = new double[sizes.importRuns()];
        double[] heaps = new double[rates.length];
        Path db = null;
        for (int i = 0; i < rates.length; i++) {
            progress.accept(String.format(Locale.ROOT, "import %d/%d: %,d paragraphs in a child JVM (%s)", i + 1,
                    rates.length, n, StoreBench.HEAP));
            db = work.resolve("import-" + i + ".db");
            StoreBench.ImportRun run = store.importOnce(folder, db);
            rates[i] = run.perSecond();
            heaps[i] = run.peakHeapMb();
        }
        r.add(Figure.of("import_paragraphs_per_s", String.format(Locale.ROOT, "import: %,d paragraphs", n),
                Percentiles.median(rates), "¶/s", atLeast(50_000, "≥ 50,000 ¶/s")));
        r.add(Figure.of("import_peak_heap_mb", "import: peak heap (" + StoreBench.HEAP + ")",
                Percentiles.median(heaps), "MB", Figure.Target.NONE));
        return db;
    }

    private void commits(Report r) {
        Path db = database("commits", Sizes.COMMIT_PARAGRAPHS);
        StoreBench store = new StoreBench(work);
        progress.accept(String.format(Locale.ROOT, "label commits: 1 writer process, %,d writes", sizes.commitWrites()));
        Percentiles one = store.commits(db, 1, 50, sizes.commitWrites());
        progress.accept(String.format(Locale.ROOT, "label commits: %d writer processes, %,d writes each",
                Sizes.WRITERS, sizes.writesPerWriter()));
        Percentiles many = store.commits(db, Sizes.WRITERS, 50, sizes.writesPerWriter());
        r.add(Figure.of("commit_p50_ms", "label commit p50, 1 writer", one.p50(), "ms", Figure.Target.NONE));
        r.add(Figure.of("commit_p99_ms", "label commit p99, 1 writer", one.p99(), "ms", atMost(5, "≤ 5 ms")));
        r.add(Figure.of("commit_p50_ms_8_writers", "label commit p50, 8 writers", many.p50(), "ms",
                Figure.Target.NONE));
        r.add(Figure.of("commit_p99_ms_8_writers", "label commit p99, 8 writers", many.p99(), "ms",
                Figure.Target.NONE));
    }

    private void frames(Report r) {
        progress.accept(String.format(Locale.ROOT, "keystroke to frame: %,d keys on a %d-word paragraph with %d spans",
                sizes.frameKeys(), Sizes.FRAME_WORDS, Sizes.FRAME_SPANS));
        FrameBench f = new FrameBench(corpus.paragraphOfWords(Sizes.FRAME_WORDS), Sizes.FRAME_SPANS);
        Percentiles keys = f.keystrokeToFrame(sizes.frameKeys(), sizes.frameKeys());
        r.add(Figure.of("frame_p50_ms", "keystroke to frame p50", keys.p50(), "ms", Figure.Target.NONE));
        r.add(Figure.of("frame_p99_ms", "keystroke to frame p99", keys.p99(), "ms", atMost(8, "≤ 8 ms")));
        r.add(Figure.of("bytes_per_stance_key", "bytes per stance keystroke (80×24)", f.bytesPerStanceKey(), "B",
                atMost(200, "≤ 200 B")));
        r.add(Figure.of("keys_per_entity_span", "keys per two-token entity span", f.keysPerEntitySpan(4), "",
                atMost(2, "2 keys")));
        r.add(Figure.of("layout_us", "layout of the 400-word paragraph", f.layoutMicros(sizes.layoutRuns(),
                sizes.layoutRuns()).p50(), "µs", Figure.Target.NONE));
    }

    private void agreement(Report r) {
        progress.accept(String.format(Locale.ROOT, "agreement: α and Fleiss' κ over %,d ratings, mizan and DKPro",
                Sizes.AGREEMENT_ITEMS * Sizes.AGREEMENT_ANNOTATORS));
        List<AgreementTimings.Timing> t = AgreementTimings.run(Sizes.AGREEMENT_ITEMS, Sizes.AGREEMENT_ANNOTATORS, 5,
                SEED, Math.max(1, sizes.agreementRuns() / 2), sizes.agreementRuns());
        AgreementFigures.add(r, t);
    }
}
