package mizan.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Input to adjudication: α per document (group) and the items annotators disagreed on most.
 */
public final class Breakdown {

    /** α over one group's items. */
    public record GroupAlpha(String group, int items, long pairableValues, double alpha) {
    }

    /**
     * One item's disagreement: the share of its pairs of values that differ (0 = all agree,
     * 1 = every pair differs), over the {@code values} ratings it received.
     */
    public record ItemDisagreement(String item, String group, int values, double disagreement) {
    }

    private Breakdown() {
    }

    /** α per group, in group order; items without a group are left out. */
    public static List<GroupAlpha> alphaPerGroup(LabelMatrix m, Level level) {
        int groups = m.groupNames().size();
        int[] sizes = new int[groups];
        for (int i = 0; i < m.items(); i++) {
            if (m.group(i) >= 0) {
                sizes[m.group(i)]++;
            }
        }
        int[][] members = new int[groups][];
        for (int g = 0; g < groups; g++) {
            members[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int i = 0; i < m.items(); i++) {
            int g = m.group(i);
            if (g >= 0) {
                members[g][sizes[g]++] = i;
            }
        }
        List<GroupAlpha> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            KrippendorffAlpha.Result r = KrippendorffAlpha.compute(m, level, members[g]);
            out.add(new GroupAlpha(m.groupNames().get(g), members[g].length, r.pairableValues(), r.alpha()));
        }
        return out;
    }

    /**
     * The {@code limit} pairable items with the largest share of disagreeing pairs; ties go to
     * the item with more ratings (more evidence), then to item order.
     */
    public static List<ItemDisagreement> mostDisagreed(LabelMatrix m, int limit) {
        ItemCounts counts = new ItemCounts(m.categories(), m.annotators());
        List<ItemDisagreement> all = new ArrayList<>();
        for (int i = 0; i < m.items(); i++) {
            int values = counts.load(m.grid(), i, m.annotators());
            if (values >= 2 && counts.distinct > 1) {
                int g = m.group(i);
                all.add(new ItemDisagreement(m.itemName(i), g < 0 ? null : m.groupNames().get(g), values,
                        1 - counts.agreeingPairShare()));
            }
        }
        all.sort(Comparator.comparingDouble(ItemDisagreement::disagreement).reversed()
                .thenComparing(Comparator.comparingInt(ItemDisagreement::values).reversed()));
        return all.subList(0, Math.min(limit, all.size()));
    }
}
