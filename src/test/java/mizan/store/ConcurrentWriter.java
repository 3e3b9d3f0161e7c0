package mizan.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A separate process that writes stance labels into a shared database: {@code db paragraph
 * annotator count startAtMillis}. It waits for the common start time so that processes collide.
 */
public final class ConcurrentWriter {

    /** Starts a writer process (this class, on the test class path); its output goes to {@code log}. */
    public static Process start(Path db, String paragraph, String annotator, int count, long startAt, Path log)
            throws java.io.IOException {
        String javaBin = System.getProperty("java.home") + java.io.File.separator + "bin" + java.io.File.separator + "java";
        return new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(),
                db.toString(), paragraph, annotator, String.valueOf(count), String.valueOf(startAt))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String paragraph = args[1];
        String annotator = args[2];
        int count = Integer.parseInt(args[3]);
        long startAt = Long.parseLong(args[4]);
        try (Store s = Store.open(db)) {
            while (System.currentTimeMillis() < startAt) {
                Thread.onSpinWait();
            }
            String[] labels = {"FAVOR", "AGAINST", "NEUTRAL", "UNRELATED"};
            for (int i = 0; i < count; i++) {
                s.labels().setStance(annotator, annotator, paragraph, "T" + i, labels[i % 4]);
            }
        }
        Files.writeString(db.resolveSibling(annotator + ".done"), "ok");
    }
}
