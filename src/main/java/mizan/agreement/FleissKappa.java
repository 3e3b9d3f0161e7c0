package mizan.agreement;

/**
 * Fleiss' κ (Fleiss 1971) for a fixed group of annotators: only items rated by every annotator of
 * the matrix enter, and the count of the others is reported beside the value. Totals are kept as
 * exact longs (category totals and Σ n_ij² per category), so the whole statistic, per-category κ
 * included, falls out of one pass over the grid.
 */
public final class FleissKappa {

    /**
     * κ with its parts: P̄ (mean item agreement), P̄e (chance agreement), and per category the
     * proportion p_j and κ_j = 1 − Σ n_ij(n − n_ij) / (N n (n − 1) p_j q_j).
     */
    public record Result(double kappa, int itemsUsed, int itemsExcluded, double meanAgreement,
                         double expectedAgreement, double[] categoryProportion, double[] categoryKappa) {
    }

    private FleissKappa() {
    }

    public static Result compute(LabelMatrix m) {
        int k = m.categories();
        int n = m.annotators();
        long[] total = new long[k];
        long[] squares = new long[k];
        ItemCounts counts = new ItemCounts(k, n);
        int[] grid = m.grid();
        int used = 0;
        for (int i = 0; i < m.items(); i++) {
            if (counts.load(grid, i, n) != n) {
                continue;
            }
            used++;
            for (int x = 0; x < counts.distinct; x++) {
                int c = counts.touched[x];
                long nc = counts.count[c];
                total[c] += nc;
                squares[c] += nc * nc;
            }
        }
        double ratings = (double) used * n;
        double pairs = ratings * (n - 1);
        long sumSquares = 0;
        double expected = 0;
        double[] p = new double[k];
        double[] kappaJ = new double[k];
        for (int c = 0; c < k; c++) {
            sumSquares += squares[c];
            p[c] = total[c] / ratings;
            expected += p[c] * p[c];
            kappaJ[c] = 1 - (n * total[c] - squares[c]) / (pairs * p[c] * (1 - p[c]));
        }
        double mean = (sumSquares - ratings) / pairs;
        double kappa = (mean - expected) / (1 - expected);
        return new Result(kappa, used, m.items() - used, mean, expected, p, kappaJ);
    }
}
