package mizan.agreement;

import java.util.Arrays;
import java.util.List;

/**
 * Ratings as an items × annotators grid of int category codes, {@link #MISSING} where an
 * annotator gave no label. The grid is one flat item-major array so that every statistic is a
 * single pass over primitives; names and numeric values live beside it and are only consulted
 * for reporting and for the interval/ratio distances. Immutable; build it with
 * {@link LabelMatrixBuilder}.
 */
public final class LabelMatrix {

    /** Code of an absent rating. */
    public static final int MISSING = -1;

    private final int[] codes;
    private final int items;
    private final int annotators;
    private final List<String> itemNames;
    private final List<String> annotatorNames;
    private final List<String> categoryNames;
    private final double[] categoryValues;
    private final int[] itemGroups;
    private final List<String> groupNames;

    LabelMatrix(int[] codes, List<String> itemNames, List<String> annotatorNames, List<String> categoryNames,
                double[] categoryValues, int[] itemGroups, List<String> groupNames) {
        this.items = itemNames.size();
        this.annotators = annotatorNames.size();
        if (codes.length != items * annotators) {
            throw new IllegalArgumentException("codes hold " + codes.length + " cells, expected " + items * annotators);
        }
        if (categoryValues.length != categoryNames.size()) {
            throw new IllegalArgumentException("one numeric value per category is needed");
        }
        this.codes = codes;
        this.itemNames = List.copyOf(itemNames);
        this.annotatorNames = List.copyOf(annotatorNames);
        this.categoryNames = List.copyOf(categoryNames);
        this.categoryValues = categoryValues.clone();
        this.itemGroups = itemGroups;
        this.groupNames = List.copyOf(groupNames);
    }

    /**
     * Wraps a ready code grid (item-major, {@code items × annotators}) with generated names
     * ("i0", "a0") and category values 1..k; used by benchmarks and tests that produce codes directly.
     * The array is taken over, not copied, so a million ratings cost no extra allocation.
     */
    public static LabelMatrix ofCodes(int items, int annotators, int categories, int[] codes) {
        for (int c : codes) {
            if (c < MISSING || c >= categories) {
                throw new IllegalArgumentException("category code " + c + " outside 0.." + (categories - 1));
            }
        }
        double[] values = new double[categories];
        Arrays.setAll(values, c -> c + 1);
        return new LabelMatrix(codes, names("i", items), names("a", annotators), names("c", categories), values,
                null, List.of());
    }

    private static List<String> names(String prefix, int n) {
        String[] out = new String[n];
        Arrays.setAll(out, i -> prefix + i);
        return List.of(out);
    }

    public int items() {
        return items;
    }

    public int annotators() {
        return annotators;
    }

    public int categories() {
        return categoryNames.size();
    }

    /** Category code of one rating, or {@link #MISSING}. */
    public int code(int item, int annotator) {
        return codes[item * annotators + annotator];
    }

    /** The flat grid itself; package-private so that statistics can scan it without copying. */
    int[] grid() {
        return codes;
    }

    public String itemName(int item) {
        return itemNames.get(item);
    }

    public List<String> annotatorNames() {
        return annotatorNames;
    }

    public List<String> categoryNames() {
        return categoryNames;
    }

    /** Numeric value of each category, used by the interval and ratio distances and weighted κ. */
    public double[] categoryValues() {
        return categoryValues.clone();
    }

    double value(int category) {
        return categoryValues[category];
    }

    /** Group (document) names, empty when the items carry no group key. */
    public List<String> groupNames() {
        return groupNames;
    }

    /** Group index of an item, or -1 when it has none. */
    public int group(int item) {
        return itemGroups == null ? -1 : itemGroups[item];
    }

    /** Number of ratings present (not missing). */
    public long ratings() {
        long n = 0;
        for (int c : codes) {
            if (c != MISSING) {
                n++;
            }
        }
        return n;
    }

    /**
     * The same items restricted to the given annotators, in the given order. Categories keep their
     * codes so that results stay comparable with the full matrix.
     */
    public LabelMatrix selectAnnotators(int... keep) {
        int[] out = new int[items * keep.length];
        String[] names = new String[keep.length];
        for (int j = 0; j < keep.length; j++) {
            names[j] = annotatorNames.get(keep[j]);
        }
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < keep.length; j++) {
                out[i * keep.length + j] = codes[i * annotators + keep[j]];
            }
        }
        return new LabelMatrix(out, itemNames, List.of(names), categoryNames, categoryValues, itemGroups, groupNames);
    }

    /** Index of a named annotator, or -1. */
    public int annotatorIndex(String name) {
        return annotatorNames.indexOf(name);
    }
}
