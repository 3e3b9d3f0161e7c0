package mizan.bench;

import mizan.text.Token;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static mizan.bench.Figure.Target.atLeast;
import static mizan.bench.Figure.Target.atMost;

/**
 * The export benchmark: every paragraph of a database gets one annotator's labels (written in
 * bulk, untimed: three stances and two entities each), then {@code mizan export} writes master
 * JSONL, Hugging Face and CoNLL in a child JVM with a 256 MB heap.
 */
final class ExportBench {

    /** Whose labels are exported; not the workbench's annotator, so start-up sees an unlabeled queue. */
    static final String ANNOTATOR = "exporter";
    private static final String[] STANCES = {"FAVOR", "AGAINST", "NEUTRAL", "UNRELATED"};
    private static final String[] TARGETS = {"MILCOOP", "WAR_SUPPORT", "SANCTIONS"};
    private static final String[] TYPES = {"PERS", "GPE", "ORG", "DATE"};

    private ExportBench() {
    }

    /** Labels the database, then exports it {@code runs} times: medians of throughput and peak heap. */
    static void add(Report r, Path work, Path db, int runs, Consumer<String> progress) {
        progress.accept("export: labeling every paragraph (untimed)");
        int labeled = label(db);
        double[] rates = new double[runs];
        double[] heaps = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            progress.accept(String.format(Locale.ROOT, "export %d/%d: %,d paragraphs to JSONL, HF and CoNLL in a child"
                    + " JVM (%s)", i + 1, rates.length, labeled, StoreBench.HEAP));
            Run run = export(work, db, work.resolve("exports-" + i));
            rates[i] = labeled / run.seconds();
            heaps[i] = run.peakHeapMb();
        }
        r.add(Figure.of("export_paragraphs_per_s", String.format(Locale.ROOT, "export: %,d ¶ to JSONL + HF + CoNLL",
                labeled), Percentiles.median(rates), "¶/s", atLeast(50_000, "≥ 50,000 ¶/s")));
        r.add(Figure.of("export_peak_heap_mb", "export: peak heap (" + StoreBench.HEAP + ")", Percentiles.median(heaps),
                "MB", atMost(256, "≤ 256 MB")));
    }

    /** Labels every paragraph in one transaction and returns how many paragraphs got labels. */
    static int label(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            int n = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, text FROM paragraphs WHERE boilerplate = 0 ORDER BY rowid");
                 PreparedStatement stance = c.prepareStatement("INSERT INTO stance_labels(paragraph_id, annotator,"
                         + " target, label, updated_at) VALUES (?, ?, ?, ?, '2024-06-19T00:00:00Z')");
                 PreparedStatement span = c.prepareStatement("INSERT INTO spans(paragraph_id, annotator, kind,"
                         + " start_cp, end_cp, label, created_at) VALUES (?, ?, 'entity', ?, ?, ?, '2024-06-19T00:00:00Z')")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    for (int t = 0; t < TARGETS.length; t++) {
                        stance.setString(1, id);
                        stance.setString(2, ANNOTATOR);
                        stance.setString(3, TARGETS[t]);
                        stance.setString(4, STANCES[(n + t) % STANCES.length]);
                        stance.addBatch();
                    }
                    List<Token> words = Workbench.words(rs.getString(2));
                    for (int e = 0; e < 2 && 3 * e + 1 < words.size(); e++) {
                        span.setString(1, id);
                        span.setString(2, ANNOTATOR);
                        span.setInt(3, words.get(3 * e).start());
                        span.setInt(4, words.get(3 * e + 1).end());
                        span.setString(5, TYPES[(n + e) % TYPES.length]);
                        span.addBatch();
                    }
                    n++;
                }
                stance.executeBatch();
                span.executeBatch();
            }
            c.commit();
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": cannot write the export benchmark's labels: " + e.getMessage(), e);
        }
    }

    /** One export of the labeled paragraphs: seconds and peak heap, from the child. */
    record Run(double seconds, double peakHeapMb) { }

    static Run export(Path work, Path db, Path out) {
        String[] f = ChildJvm.probe(work, List.of(StoreBench.HEAP), "export", db.toString(), out.toString(), ANNOTATOR)
                .split(" ");
        return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
    }
}
