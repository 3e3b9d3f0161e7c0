package mizan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static mizan.bench.Figure.Target.atMost;

/**
 * Start-up and resident memory of the workbench, launched as an annotator launches it: as the
 * {@code mizan} launcher starts it (class-data archive, SQLite library copied once per build), and
 * as plain {@code java -jar}.
 */
final class Launches {

    private final Sizes sizes;
    private final Path work;
    private final List<String> launcherOptions;
    private final Consumer<String> progress;

    Launches(Sizes sizes, Path work, List<String> launcherOptions, Consumer<String> progress) {
        this.sizes = sizes;
        this.work = work;
        this.launcherOptions = launcherOptions;
        this.progress = progress;
    }

    void add(Report r, Path db) {
        if (!TerminalBench.available()) {
            r.add(Figure.missing("startup_ms", "launch to first frame", "ms", atMost(250, "≤ 250 ms"),
                    "script(1) is not installed"));
            r.add(Figure.missing("rss_mb", "resident memory, workbench open", "MB", atMost(150, "≤ 150 MB"),
                    "script(1) is not installed"));
            return;
        }
        progress.accept("start-up: preparing what the mizan launcher prepares once per build (mizan.app.SqliteLibrary,"
                + " mizan.app.ClassTraining)");
        Path lib = work.resolve("native").resolve("libsqlitejdbc.so");
        ChildJvm.run(work, List.of(), "mizan.app.SqliteLibrary", lib.toString());
        List<String> sqlite = List.of("-Dorg.sqlite.lib.path=" + lib.getParent(), "-Dorg.sqlite.lib.name="
                + lib.getFileName());
        Path jsa = work.resolve("mizan.jsa");
        List<String> training = new ArrayList<>(sqlite);
        training.add("-XX:ArchiveClassesAtExit=" + jsa);
        ChildJvm.run(work, training, "mizan.app.ClassTraining");
        List<String> cds = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        cds.addAll(sqlite);
        cds.addAll(launcherOptions);
        TerminalBench.Launch[] both = launches(new TerminalBench(cds), new TerminalBench(launcherOptions), db);
        TerminalBench.Launch with = both[0];
        TerminalBench.Launch without = both[1];
        String size = String.format(Locale.ROOT, "%,d ¶", sizes.importParagraphs());
        r.add(Figure.of("startup_ms", "launch to first frame (" + size + ")", with.startupMs(), "ms",
                atMost(250, "≤ 250 ms")));
        r.add(Figure.of("startup_ms_plain", "the same, plain java -jar", without.startupMs(), "ms",
                Figure.Target.NONE));
        r.add(Figure.of("rss_mb", "resident memory, workbench on " + size, with.rssMb(), "MB",
                atMost(150, "≤ 150 MB")));
    }

    /**
     * Medians over the launches of each configuration, after one unmeasured launch of each; the
     * configurations take turns, so that other work on the machine weighs on all of them alike.
     */
    private TerminalBench.Launch[] launches(TerminalBench with, TerminalBench without, Path db) {
        TerminalBench[] configs = {with, without};
        String[] names = {"as ./mizan starts it", "plain java -jar"};
        double[][] ms = new double[2][sizes.launches()];
        double[][] rss = new double[2][sizes.launches()];
        progress.accept("start-up: one unmeasured launch of each");
        with.launch(db);
        without.launch(db);
        for (int i = 0; i < sizes.launches(); i++) {
            for (int c = 0; c < configs.length; c++) {
                TerminalBench.Launch l = configs[c].launch(db);
                progress.accept(String.format(Locale.ROOT, "start-up %d/%d %s: mizan annotate at %dx%d on %,d "
                        + "paragraphs: %.0f ms, %.0f MB resident", i + 1, sizes.launches(), names[c],
                        TerminalBench.COLS, TerminalBench.ROWS, sizes.importParagraphs(), l.startupMs(), l.rssMb()));
                ms[c][i] = l.startupMs();
                rss[c][i] = l.rssMb();
            }
        }
        return new TerminalBench.Launch[] {
            new TerminalBench.Launch(Percentiles.median(ms[0]), Percentiles.median(rss[0])),
            new TerminalBench.Launch(Percentiles.median(ms[1]), Percentiles.median(rss[1]))};
    }
}
