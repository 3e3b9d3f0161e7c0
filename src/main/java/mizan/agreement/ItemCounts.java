package mizan.agreement;

/**
 * Scratch space for counting the categories of one item: a count per category plus the list of
 * categories actually touched, so that resetting costs the item's size rather than k. One instance
 * is reused for every item of a pass, which is what keeps the passes free of allocation.
 */
final class ItemCounts {

    final int[] count;
    final int[] touched;
    int distinct;
    int values;

    ItemCounts(int categories, int annotators) {
        count = new int[Math.max(categories, 1)];
        touched = new int[Math.max(annotators, 1)];
    }

    /** Counts row {@code item} of the grid; returns the number of values present. */
    int load(int[] grid, int item, int annotators) {
        for (int t = 0; t < distinct; t++) {
            count[touched[t]] = 0;
        }
        distinct = 0;
        values = 0;
        int base = item * annotators;
        for (int a = 0; a < annotators; a++) {
            int c = grid[base + a];
            if (c >= 0) {
                if (count[c]++ == 0) {
                    touched[distinct++] = c;
                }
                values++;
            }
        }
        return values;
    }

    /**
     * Adds this item's coincidences, n_uc·n_uk/(m_u − 1) and n_uc(n_uc − 1)/(m_u − 1) on the
     * diagonal, to a k × k matrix. Callers only pass items with at least two values.
     */
    void addCoincidences(double[] o, int k, double weight) {
        double w = weight / (values - 1);
        for (int x = 0; x < distinct; x++) {
            int c = touched[x];
            int nc = count[c];
            o[c * k + c] += nc * (nc - 1) * w;
            for (int y = 0; y < distinct; y++) {
                if (y != x) {
                    o[c * k + touched[y]] += nc * count[touched[y]] * w;
                }
            }
        }
    }

    /** Share of the item's pairs of values that agree, Σ n_c(n_c − 1) / m(m − 1). */
    double agreeingPairShare() {
        long same = 0;
        for (int x = 0; x < distinct; x++) {
            int n = count[touched[x]];
            same += (long) n * (n - 1);
        }
        return same / ((double) values * (values - 1));
    }
}
