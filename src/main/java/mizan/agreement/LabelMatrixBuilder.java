package mizan.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects (item, annotator, label) triples from any source (CSV, the project database) and
 * freezes them into a {@link LabelMatrix}. Names are interned to dense indexes as they arrive and
 * the grid is filled in one pass at the end, once the number of items is known.
 *
 * <p>Category order matters for ordinal α and weighted κ. If every label parses as a number the
 * categories are sorted by that number and it becomes their value; otherwise they keep the order
 * given to {@link #categories} (then first appearance) and their value is the rank 1..k.
 */
public final class LabelMatrixBuilder {

    /** Plain decimal numbers only: Double.parseDouble would also take "NaN", "1d" or hex. */
    private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?\\s*");

    private final Map<String, Integer> items = new HashMap<>();
    private final Map<String, Integer> annotators = new HashMap<>();
    private final Map<String, Integer> labels = new HashMap<>();
    private final Map<String, Integer> groups = new HashMap<>();
    private final List<String> itemNames = new ArrayList<>();
    private final List<String> annotatorNames = new ArrayList<>();
    private final List<String> labelNames = new ArrayList<>();
    private final List<String> groupNames = new ArrayList<>();
    private final Map<Integer, Integer> itemGroup = new HashMap<>();
    /** Label index per (item << 32 | annotator): the ratings themselves, and the duplicate check. */
    private final Map<Long, Integer> cellLabel = new HashMap<>();

    /** Declares annotators up front so that one who rated nothing still counts (and keeps this order). */
    public LabelMatrixBuilder annotators(List<String> names) {
        names.forEach(n -> intern(n, annotators, annotatorNames));
        return this;
    }

    /** Declares the category order (for ordinal data with non-numeric labels). */
    public LabelMatrixBuilder categories(List<String> names) {
        names.forEach(n -> intern(n, labels, labelNames));
        return this;
    }

    /**
     * Adds one rating. Repeating the same rating is harmless; a different label for the same item
     * and annotator is refused, because silently keeping one of them would change the figures.
     */
    public LabelMatrixBuilder add(String item, String annotator, String label) {
        int i = intern(item, items, itemNames);
        int a = intern(annotator, annotators, annotatorNames);
        int l = intern(label, labels, labelNames);
        Integer before = cellLabel.putIfAbsent(((long) i << 32) | a, l);
        if (before != null && before != l) {
            throw new IllegalArgumentException("annotator '" + annotator + "' labelled item '" + item
                    + "' twice, as '" + labelNames.get(before) + "' and as '" + label + "'");
        }
        return this;
    }

    /** Assigns an item to a group (its document), for the per-document breakdown. */
    public LabelMatrixBuilder group(String item, String group) {
        itemGroup.put(intern(item, items, itemNames), intern(group, groups, groupNames));
        return this;
    }

    public LabelMatrix build() {
        int k = labelNames.size();
        int[] order = categoryOrder();
        int[] rank = new int[k];
        List<String> sortedNames = new ArrayList<>(k);
        double[] values = new double[k];
        boolean numeric = allNumeric();
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
            sortedNames.add(labelNames.get(order[r]));
            values[r] = numeric ? Double.parseDouble(labelNames.get(order[r]).trim()) : r + 1;
        }
        int nA = annotatorNames.size();
        int[] grid = new int[itemNames.size() * nA];
        Arrays.fill(grid, LabelMatrix.MISSING);
        cellLabel.forEach((cell, l) -> grid[(int) (cell >>> 32) * nA + (int) (long) cell] = rank[l]);
        int[] itemGroups = itemGroup.isEmpty() ? null : new int[itemNames.size()];
        if (itemGroups != null) {
            Arrays.fill(itemGroups, -1);
            itemGroup.forEach((item, g) -> itemGroups[item] = g);
        }
        return new LabelMatrix(grid, itemNames, annotatorNames, sortedNames, values, itemGroups, groupNames);
    }

    private int[] categoryOrder() {
        Integer[] order = new Integer[labelNames.size()];
        Arrays.setAll(order, i -> i);
        if (allNumeric()) {
            Arrays.sort(order, (x, y) -> Double.compare(Double.parseDouble(labelNames.get(x).trim()),
                    Double.parseDouble(labelNames.get(y).trim())));
        }
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private boolean allNumeric() {
        return !labelNames.isEmpty() && labelNames.stream().allMatch(s -> NUMBER.matcher(s).matches());
    }

    private static int intern(String name, Map<String, Integer> index, List<String> names) {
        Integer i = index.get(name);
        if (i == null) {
            i = names.size();
            index.put(name, i);
            names.add(name);
        }
        return i;
    }
}
