package mizan.bench;

import mizan.corpus.ImportReport;
import mizan.corpus.Importer;
import mizan.model.LabelScheme;
import mizan.store.Queues;
import mizan.store.Store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The part of a benchmark that runs in a child JVM of its own, started by {@link ChildJvm}: an
 * import measured with its own heap, or one label writer among several processes. Prints its
 * figures on one line of standard output.
 *
 * <pre>
 * import FOLDER DB                 → "paragraphs seconds peak_heap_mb"
 * write DB ACTOR WARMUPS WRITES    → "ready", waits for a line on stdin, then the latencies in ms
 * export DB FOLDER ANNOTATOR       → "seconds peak_heap_mb" of mizan export (JSONL, HF, CoNLL)
 * </pre>
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "import" -> importFolder(Path.of(args[1]), Path.of(args[2]));
            case "export" -> export(Path.of(args[1]), Path.of(args[2]), args[3]);
            case "write" -> write(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
    }

    private static void importFolder(Path folder, Path db) {
        try (Store store = Store.open(db)) {
            resetHeapPeaks();
            long t0 = System.nanoTime();
            ImportReport report = new Importer(store.documents(), Importer.Progress.NONE).importPaths(List.of(folder));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!report.rejected().isEmpty()) {
                throw new IllegalStateException("the synthetic corpus was not imported whole: " + report.summary());
            }
            System.out.printf(Locale.ROOT, "%d %.4f %.1f%n", report.paragraphsAdded(), seconds, heapPeakMb());
        }
    }

    /** {@code mizan export} as a user runs it, command line included, timed and its heap watched. */
    private static void export(Path db, Path out, String annotator) {
        resetHeapPeaks();
        long t0 = System.nanoTime();
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.OutputStream.nullOutputStream());
        java.io.StringWriter errors = new java.io.StringWriter();
        int status = mizan.app.Main.run(new String[] {"export", "--db", db.toString(), "--out", out.toString(),
            "--format", "jsonl,hf,conll", "--annotator", annotator, "--user", annotator}, quiet,
                new java.io.PrintWriter(errors));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (status != 0) {
            throw new IllegalStateException("mizan export failed (" + status + "): " + errors);
        }
        System.out.printf(Locale.ROOT, "%.4f %.1f%n", seconds, heapPeakMb());
    }

    /**
     * Durable stance writes, each one transaction: cycles through the queue's paragraphs, the
     * targets and the labels, so that every write changes a label.
     */
    private static void write(Path db, String actor, int warmups, int writes) throws IOException {
        try (Store store = Store.open(db)) {
            List<String> paragraphs = Queues.of(store, actor);
            List<LabelScheme.Target> targets = LabelScheme.defaults().targets();
            String[] labels = {"FAVOR", "AGAINST", "NEUTRAL", "UNRELATED"};
            for (int i = 0; i < warmups; i++) {
                store.labels().setStance(actor, actor, paragraphs.get(i % paragraphs.size()), targets.get(i % targets.size()).id(),
                        labels[i % labels.length]);
            }
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            StringJoiner out = new StringJoiner(" ");
            for (int i = 0; i < writes; i++) {
                String pid = paragraphs.get(i % paragraphs.size());
                String target = targets.get(i % targets.size()).id();
                String label = labels[(i / paragraphs.size() + i) % labels.length];
                long t0 = System.nanoTime();
                store.labels().setStance(actor, actor, pid, target, label);
                out.add(String.format(Locale.ROOT, "%.4f", (System.nanoTime() - t0) / 1e6));
            }
            System.out.println(out);
        }
    }

    static void resetHeapPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any moment. */
    static double heapPeakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
