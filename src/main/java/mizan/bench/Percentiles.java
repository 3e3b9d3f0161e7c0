package mizan.bench;

import java.util.Arrays;

/** Latency samples and their percentiles by the nearest-rank method (no interpolation). */
public final class Percentiles {

    private final double[] sorted;

    public Percentiles(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples to take a percentile of");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    /** The smallest sample with at least {@code p} percent of the samples at or below it (0 < p ≤ 100). */
    public double at(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is in (0, 100], not " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public double p50() {
        return at(50);
    }

    public double p99() {
        return at(99);
    }

    public int count() {
        return sorted.length;
    }

    /** The median of a few repeated whole-run figures (throughputs, start-up times). */
    public static double median(double... runs) {
        return new Percentiles(runs).p50();
    }
}
