package mizan.agreement;

/**
 * Krippendorff's α over units that arrive one at a time, as a stream: each unit adds its
 * coincidences and is forgotten, so memory is one k × k matrix however many units pass (an export
 * of a million paragraphs computes its card's α on the way).
 */
public final class AlphaAccumulator {

    private final int k;
    private final double[] values;
    private final double[] o;
    private final int[] counts;
    private int pairableUnits;

    /** @param values the categories' values (for nominal, any distinct numbers: 1..k) */
    public AlphaAccumulator(double[] values) {
        this.k = values.length;
        this.values = values.clone();
        this.o = new double[k * k];
        this.counts = new int[k];
    }

    /** One unit: the category codes its annotators gave (0..k-1); a unit with fewer than two values adds nothing. */
    public void add(int[] codes) {
        if (codes.length < 2) {
            return;
        }
        java.util.Arrays.fill(counts, 0);
        for (int c : codes) {
            counts[c]++;
        }
        double w = 1.0 / (codes.length - 1);
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int e = 0; e < k; e++) {
                int pairs = c == e ? counts[c] * (counts[c] - 1) : counts[c] * counts[e];
                o[c * k + e] += pairs * w;
            }
        }
        pairableUnits++;
    }

    public KrippendorffAlpha.Result result(Level level) {
        return KrippendorffAlpha.fromCoincidences(o, values, level, pairableUnits);
    }
}
