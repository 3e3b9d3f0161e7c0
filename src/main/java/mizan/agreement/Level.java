package mizan.agreement;

/**
 * Level of measurement of the labels, which fixes Krippendorff's squared distance δ² between two
 * categories (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C).
 */
public enum Level {
    NOMINAL, ORDINAL, INTERVAL, RATIO;

    /**
     * The k × k matrix of δ²(c, k), row-major. Categories are in their natural order (codes
     * ascending); {@code marginals} are the pairable values per category n_c, which the ordinal
     * metric needs because it measures distance in ranks occupied by the data.
     */
    public double[] distances(double[] values, double[] marginals) {
        int k = values.length;
        double[] d = new double[k * k];
        for (int c = 0; c < k; c++) {
            for (int e = 0; e < k; e++) {
                d[c * k + e] = c == e ? 0 : distance(c, e, values, marginals);
            }
        }
        return d;
    }

    private double distance(int c, int e, double[] values, double[] marginals) {
        switch (this) {
            case NOMINAL:
                return 1;
            case ORDINAL: {
                int lo = Math.min(c, e);
                int hi = Math.max(c, e);
                double sum = 0;
                for (int g = lo; g <= hi; g++) {
                    sum += marginals[g];
                }
                double s = sum - (marginals[lo] + marginals[hi]) / 2;
                return s * s;
            }
            case INTERVAL: {
                double s = values[c] - values[e];
                return s * s;
            }
            default: {
                double sum = values[c] + values[e];
                double s = sum == 0 ? 0 : (values[c] - values[e]) / sum;
                return s * s;
            }
        }
    }

    /** Parses "nominal", "ORDINAL"... as typed on the command line. */
    public static Level parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
