package mizan.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence interval for Krippendorff's α, resampling units.
 *
 * <p>Method: the pairable units (items with at least two values) are drawn with replacement, as
 * many as there are, from a {@link SplittableRandom} seeded by the caller; α is recomputed on each
 * resample (marginals and, for ordinal data, distances included); the interval is the 2.5th and
 * 97.5th percentile of those α values (nearest rank). Resamples where α is undefined (one category
 * only) are dropped. This differs from Krippendorff's own bootstrap, which resamples pairs of
 * values; over units it respects that the values of one unit are not independent.
 *
 * <p>Each unit's coincidences are computed once and stored sparsely, so a replicate costs one
 * pass over the drawn units' few non-zero cells.
 */
public final class AlphaBootstrap {

    private AlphaBootstrap() {
    }

    /** {lo, hi} of the 95% interval, or {NaN, NaN} when there are no replicates or no pairable units. */
    public static double[] ci95(LabelMatrix m, Level level, int replicates, long seed) {
        int k = m.categories();
        int nA = m.annotators();
        int[] grid = m.grid();
        ItemCounts counts = new ItemCounts(k, nA);
        int[] start = new int[m.items() + 1];
        int[] cells = new int[16];
        double[] vals = new double[16];
        double[] scratch = new double[k * k];
        int units = 0;
        int used = 0;
        for (int i = 0; i < m.items(); i++) {
            if (counts.load(grid, i, nA) < 2) {
                continue;
            }
            counts.addCoincidences(scratch, k, 1.0);
            for (int x = 0; x < counts.distinct; x++) {
                for (int y = 0; y < counts.distinct; y++) {
                    int cell = counts.touched[x] * k + counts.touched[y];
                    if (scratch[cell] == 0) {
                        continue;
                    }
                    if (used == cells.length) {
                        cells = Arrays.copyOf(cells, used * 2);
                        vals = Arrays.copyOf(vals, used * 2);
                    }
                    cells[used] = cell;
                    vals[used++] = scratch[cell];
                    scratch[cell] = 0;
                }
            }
            start[++units] = used;
        }
        if (replicates <= 0 || units == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] values = m.categoryValues();
        double[] alphas = new double[replicates];
        int kept = 0;
        SplittableRandom random = new SplittableRandom(seed);
        double[] o = new double[k * k];
        for (int r = 0; r < replicates; r++) {
            Arrays.fill(o, 0);
            for (int d = 0; d < units; d++) {
                int u = random.nextInt(units);
                for (int e = start[u]; e < start[u + 1]; e++) {
                    o[cells[e]] += vals[e];
                }
            }
            double a = KrippendorffAlpha.fromCoincidences(o, values, level, units).alpha();
            if (!Double.isNaN(a)) {
                alphas[kept++] = a;
            }
        }
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Arrays.sort(alphas, 0, kept);
        return new double[] {alphas[rank(0.025, kept)], alphas[rank(0.975, kept)]};
    }

    private static int rank(double p, int n) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(p * n) - 1));
    }
}
