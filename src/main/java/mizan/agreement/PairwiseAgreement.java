package mizan.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-annotator statistics from one confusion matrix: Cohen's κ (Cohen 1960), linear and quadratic
 * weighted κ (Cohen 1968), Scott's π (Scott 1955) and percent agreement. Only items both
 * annotators rated enter; items only one of them rated are counted as excluded.
 *
 * <p>Weighted κ uses disagreement weights from the category values, |v_c − v_k| / R (linear) or
 * its square (quadratic), R being the range of the values. The same R scales observed and
 * expected disagreement, so κ_w = 1 − Σ w·o / Σ w·e does not depend on the scale of the values.
 */
public final class PairwiseAgreement {

    /** Statistics of annotators {@code a} and {@code b}; {@code confusion[r][c]} counts a = r, b = c. */
    public record Pair(String a, String b, int itemsUsed, int itemsExcluded, long[][] confusion, double percent,
                       double cohenKappa, double scottPi, double linearKappa, double quadraticKappa) {
    }

    private PairwiseAgreement() {
    }

    /** Every pair of annotators, in matrix order (a before b). */
    public static List<Pair> allPairs(LabelMatrix m) {
        List<Pair> out = new ArrayList<>();
        for (int a = 0; a < m.annotators(); a++) {
            for (int b = a + 1; b < m.annotators(); b++) {
                out.add(compare(m, a, b));
            }
        }
        return out;
    }

    public static Pair compare(LabelMatrix m, int a, int b) {
        int k = m.categories();
        long[][] table = new long[k][k];
        int used = 0;
        int excluded = 0;
        for (int i = 0; i < m.items(); i++) {
            int x = m.code(i, a);
            int y = m.code(i, b);
            if (x >= 0 && y >= 0) {
                table[x][y]++;
                used++;
            } else if (x >= 0 || y >= 0) {
                excluded++;
            }
        }
        double[] values = m.categoryValues();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        double[] rows = new double[k];
        double[] cols = new double[k];
        double agree = 0;
        for (int r = 0; r < k; r++) {
            agree += table[r][r];
            for (int c = 0; c < k; c++) {
                rows[r] += table[r][c];
                cols[c] += table[r][c];
            }
        }
        double n = used;
        double cohenChance = 0;
        double scottChance = 0;
        for (int c = 0; c < k; c++) {
            cohenChance += rows[c] * cols[c] / (n * n);
            double pooled = (rows[c] + cols[c]) / (2 * n);
            scottChance += pooled * pooled;
        }
        double observed = agree / n;
        return new Pair(m.annotatorNames().get(a), m.annotatorNames().get(b), used, excluded, table, observed,
                (observed - cohenChance) / (1 - cohenChance), (observed - scottChance) / (1 - scottChance),
                weighted(table, rows, cols, values, range, 1), weighted(table, rows, cols, values, range, 2));
    }

    private static double weighted(long[][] table, double[] rows, double[] cols, double[] values, double range,
                                   int power) {
        double n = 0;
        for (double r : rows) {
            n += r;
        }
        double observed = 0;
        double expected = 0;
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols.length; c++) {
                double w = Math.pow(Math.abs(values[r] - values[c]) / range, power);
                observed += w * table[r][c] / n;
                expected += w * rows[r] * cols[c] / (n * n);
            }
        }
        return 1 - observed / expected;
    }
}
