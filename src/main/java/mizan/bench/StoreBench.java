package mizan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Import throughput and durable label commits, each in child JVMs (real OS processes). */
final class StoreBench {

    /** The heap the import and export children get: a lead's laptop, not a server. */
    static final String HEAP = "-Xmx256m";

    private final Path work;

    StoreBench(Path work) {
        this.work = work;
    }

    /** One import of the synthetic corpus in {@code folder} into a new database {@code db}. */
    record ImportRun(int paragraphs, double seconds, double peakHeapMb) {
        double perSecond() {
            return paragraphs / seconds;
        }
    }

    ImportRun importOnce(Path folder, Path db) {
        String[] f = ChildJvm.probe(work, List.of(HEAP), "import", folder.toString(), db.toString()).split(" ");
        return new ImportRun(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
    }

    /**
     * Latencies (ms) of durable stance writes by {@code processes} writer processes at once, each
     * writing {@code writesEach} labels after {@code warmups} unmeasured ones; all start together.
     */
    Percentiles commits(Path db, int processes, int warmups, int writesEach) {
        List<ChildJvm> writers = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                writers.add(ChildJvm.start(work, List.of(), Probe.class.getName(), "write", db.toString(),
                        "writer-" + (i + 1), String.valueOf(warmups), String.valueOf(writesEach)));
            }
            for (ChildJvm w : writers) {
                w.expectLine();
            }
            writers.forEach(w -> w.send("go"));
            List<Double> ms = new ArrayList<>();
            for (ChildJvm w : writers) {
                for (String v : w.expectLine().split(" ")) {
                    ms.add(Double.parseDouble(v));
                }
                w.awaitExit();
            }
            return new Percentiles(ms.stream().mapToDouble(Double::doubleValue).toArray());
        } finally {
            writers.forEach(ChildJvm::close);
        }
    }

    static String describe(Percentiles p) {
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms over %d writes", p.p50(), p.p99(), p.count());
    }
}
