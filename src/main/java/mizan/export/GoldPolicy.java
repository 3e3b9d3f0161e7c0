package mizan.export;

import java.util.Locale;

/**
 * What counts as gold where no reviewer adjudicated: a label every annotator of the paragraph
 * gave (unanimous, the default), one more than half of them gave (majority), or nothing
 * (adjudicated: only what a reviewer decided is exported).
 */
public enum GoldPolicy {
    ADJUDICATED, UNANIMOUS, MAJORITY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code votes} of {@code voters} annotators make a label gold. */
    public boolean accepts(int votes, int voters) {
        return switch (this) {
            case ADJUDICATED -> false;
            case UNANIMOUS -> voters > 0 && votes == voters;
            case MAJORITY -> 2 * votes > voters;
        };
    }
}
