package mizan.agreement;

/**
 * Krippendorff's α from the coincidence matrix (Krippendorff 2011): α = 1 − D_o / D_e with
 * D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n(n − 1)). Any number of annotators and
 * missing values are allowed; units with fewer than two values are not pairable and are skipped.
 */
public final class KrippendorffAlpha {

    /** α and its parts; {@code pairableValues} is n, {@code pairableItems} the units that entered. */
    public record Result(double alpha, double observed, double expected, long pairableValues, int pairableItems) {
    }

    private KrippendorffAlpha() {
    }

    public static Result compute(LabelMatrix m, Level level) {
        return compute(m, level, null);
    }

    /** α over a subset of items (e.g. one document); {@code items == null} means all of them. */
    public static Result compute(LabelMatrix m, Level level, int[] items) {
        int k = m.categories();
        double[] o = new double[k * k];
        ItemCounts counts = new ItemCounts(k, m.annotators());
        int[] grid = m.grid();
        int nA = m.annotators();
        int n = items == null ? m.items() : items.length;
        int pairable = 0;
        for (int j = 0; j < n; j++) {
            int i = items == null ? j : items[j];
            if (counts.load(grid, i, nA) >= 2) {
                counts.addCoincidences(o, k, 1.0);
                pairable++;
            }
        }
        return fromCoincidences(o, m.categoryValues(), level, pairable);
    }

    /**
     * α from a ready coincidence matrix. Sums use the identity Σ o_ck δ² / n over Σ n_c n_k δ² /
     * (n(n − 1)) directly, so no normalised copies of the matrix are made.
     */
    static Result fromCoincidences(double[] o, double[] values, Level level, int pairableItems) {
        int k = values.length;
        double[] marginals = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            for (int e = 0; e < k; e++) {
                marginals[c] += o[c * k + e];
            }
            n += marginals[c];
        }
        double[] delta = level.distances(values, marginals);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int e = 0; e < k; e++) {
                double d = delta[c * k + e];
                if (d != 0) {
                    observed += o[c * k + e] * d;
                    expected += marginals[c] * marginals[e] * d;
                }
            }
        }
        observed /= n;
        expected /= n * (n - 1);
        // With a single category in use there is no variation to be reliable about: α is undefined.
        double alpha = expected == 0 ? Double.NaN : 1 - observed / expected;
        return new Result(alpha, observed, expected, Math.round(n), pairableItems);
    }
}
