package mizan.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each benchmark does. {@link #FULL} is the sizes; {@link #QUICK} is small
 * enough to finish within a minute on two cores.
 *
 * @param importParagraphs paragraphs imported per import run; also the database the workbench opens
 * @param importRuns       import runs (the median counts)
 * @param commitWrites     timed writes of the single writer
 * @param writesPerWriter  timed writes of each of the 8 concurrent writers
 * @param frameKeys        timed keystrokes (after as many again to warm up)
 * @param layoutRuns       timed layouts
 * @param agreementRuns    timed runs of each statistic (after warm-ups)
 * @param launches         timed workbench launches (after one unmeasured)
 */
public record Sizes(String mode, int importParagraphs, int importRuns, int commitWrites, int writesPerWriter,
                    int frameKeys, int layoutRuns, int agreementRuns, int launches) {

    public static final Sizes FULL = new Sizes("full", 100_000, 3, 2_000, 250, 20_000, 2_000, 7, 5);
    public static final Sizes QUICK = new Sizes("quick", 20_000, 1, 300, 40, 3_000, 300, 3, 2);

    /** Writers in the concurrent commit benchmark. */
    public static final int WRITERS = 8;
    /** Paragraphs in the database the writers label. */
    public static final int COMMIT_PARAGRAPHS = 2_000;
    /** Ratings in the agreement benchmark: 100,000 items × 10 annotators. */
    public static final int AGREEMENT_ITEMS = 100_000;
    public static final int AGREEMENT_ANNOTATORS = 10;
    /** The keystroke paragraph: 400 words carrying 20 entity spans. */
    public static final int FRAME_WORDS = 400;
    public static final int FRAME_SPANS = 20;

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode);
        m.put("import_paragraphs", importParagraphs);
        m.put("import_runs", importRuns);
        m.put("commit_writes", commitWrites);
        m.put("commit_writes_per_writer_8", writesPerWriter);
        m.put("frame_keys", frameKeys);
        m.put("agreement_ratings", AGREEMENT_ITEMS * AGREEMENT_ANNOTATORS);
        m.put("agreement_runs", agreementRuns);
        m.put("launches", launches);
        return m;
    }
}
