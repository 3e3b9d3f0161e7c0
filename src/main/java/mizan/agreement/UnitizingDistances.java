package mizan.agreement;

import java.util.Arrays;

/**
 * The two disagreements of unitizing α for one label, on a continuum [0, L). Each annotator's
 * units cut the continuum into segments, units and the gaps between them; observed disagreement
 * compares every overlapping pair of segments of two annotators, expected disagreement compares
 * every unit with every unit and with every place it could fit in a gap.
 */
final class UnitizingDistances {

    private UnitizingDistances() {
    }

    /** D_O = 2 Σ_{r<s} Σ δ(segment_r, segment_s) / (R(R − 1) L²). */
    static double observed(long[][][] units, long length) {
        int raters = units.length;
        double sum = 0;
        for (int r = 0; r < raters; r++) {
            for (int s = r + 1; s < raters; s++) {
                sum += pair(segments(units[r], length), segments(units[s], length));
            }
        }
        return 2 * sum / ((double) raters * (raters - 1) * ((double) length * length));
    }

    /** Segments as {start, end, 1 if unit else 0}, covering the continuum without gaps of length 0. */
    private static long[][] segments(long[][] units, long length) {
        long[][] out = new long[2 * units.length + 1][];
        int n = 0;
        long pos = 0;
        for (long[] u : units) {
            if (u[0] > pos) {
                out[n++] = new long[] {pos, u[0], 0};
            }
            out[n++] = new long[] {u[0], u[1], 1};
            pos = u[1];
        }
        if (pos < length) {
            out[n++] = new long[] {pos, length, 0};
        }
        return Arrays.copyOf(out, n);
    }

    /** Sweeps both segmentations together, adding δ for every pair of segments that overlap. */
    private static double pair(long[][] a, long[][] b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            sum += distance(a[i], b[j]);
            long endA = a[i][1];
            long endB = b[j][1];
            if (endA <= endB) {
                i++;
            }
            if (endB <= endA) {
                j++;
            }
        }
        return sum;
    }

    /**
     * Krippendorff's δ of two segments: for two units that overlap, the squared differences of
     * their starts and of their ends; a unit lying wholly inside the other's gap, its squared length;
     * anything else (gap against gap, partial unit-gap overlaps) counts as 0, those being accounted
     * for by the unit-unit terms.
     */
    private static double distance(long[] x, long[] y) {
        double begin = x[0] - y[0];
        double end = x[1] - y[1];
        if (x[2] == 1 && y[2] == 1) {
            return x[0] < y[1] && y[0] < x[1] ? begin * begin + end * end : 0;
        }
        if (x[2] == 1 && y[2] == 0 && x[0] >= y[0] && x[1] <= y[1]) {
            return (double) (x[1] - x[0]) * (x[1] - x[0]);
        }
        if (x[2] == 0 && y[2] == 1 && y[0] >= x[0] && y[1] <= x[1]) {
            return (double) (y[1] - y[0]) * (y[1] - y[0]);
        }
        return 0;
    }

    /**
     * D_E = (2/L) Σ_units [(N − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps g ≥ l} (g − l + 1)]
     * / (RL(RL − 1) − Σ_units l(l − 1)). Gaps are sorted once so the inner sum is a lookup.
     */
    static double expected(long[][][] units, long length) {
        int raters = units.length;
        int count = 0;
        double squares = 0;
        long[] gaps = new long[0];
        for (long[][] rater : units) {
            count += rater.length;
            for (long[] u : rater) {
                double l = u[1] - u[0];
                squares += l * (l - 1);
            }
            long[][] segs = segments(rater, length);
            long[] more = Arrays.stream(segs).filter(s -> s[2] == 0).mapToLong(s -> s[1] - s[0]).toArray();
            gaps = concat(gaps, more);
        }
        Arrays.sort(gaps);
        double[] suffix = new double[gaps.length + 1];
        for (int g = gaps.length - 1; g >= 0; g--) {
            suffix[g] = suffix[g + 1] + gaps[g];
        }
        double sum = 0;
        for (long[][] rater : units) {
            for (long[] u : rater) {
                double l = u[1] - u[0];
                int first = firstAtLeast(gaps, (long) l);
                double fits = suffix[first] - (l - 1) * (gaps.length - first);
                sum += (count - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits;
            }
        }
        double rl = (double) raters * length;
        return sum * 2 / length / (rl * (rl - 1) - squares);
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
