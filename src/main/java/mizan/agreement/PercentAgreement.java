package mizan.agreement;

/**
 * Raw percent agreement: over the pairable items, the mean share of pairs of values that agree.
 * With two annotators this is the share of items both labelled alike; with more it weighs every
 * pair of ratings of an item equally, the same observed agreement Fleiss' P̄ uses.
 */
public final class PercentAgreement {

    private PercentAgreement() {
    }

    /** NaN when no item has two values. */
    public static double compute(LabelMatrix m) {
        ItemCounts counts = new ItemCounts(m.categories(), m.annotators());
        double sum = 0;
        int items = 0;
        for (int i = 0; i < m.items(); i++) {
            if (counts.load(m.grid(), i, m.annotators()) >= 2) {
                sum += counts.agreeingPairShare();
                items++;
            }
        }
        return items == 0 ? Double.NaN : sum / items;
    }
}
