package mizan.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts per split for the card and the summary: documents, paragraphs and label distributions. */
final class Stats implements DatasetWriter {

    /** The counts of one split. */
    static final class Counts {
        int documents;
        int paragraphs;
        int claims;
        int checkWorthy;
        int droppedOverlaps;
        final Map<String, Integer> stance = new TreeMap<>();
        final Map<String, Integer> entities = new TreeMap<>();
        final Map<String, Integer> claimerStance = new TreeMap<>();
    }

    private final Counts[] bySplit = {new Counts(), new Counts(), new Counts()};

    @Override
    public void document(String docId, Split split, List<Item> items) {
        Counts c = bySplit[split.ordinal()];
        c.documents++;
        for (Item item : items) {
            ExportLine l = item.line();
            c.paragraphs++;
            l.stance().forEach(s -> c.stance.merge(s.label(), 1, Integer::sum));
            l.entities().forEach(e -> c.entities.merge(e.label(), 1, Integer::sum));
            for (ExportLine.Claim claim : l.claims()) {
                c.claims++;
                c.checkWorthy += claim.checkWorthy() ? 1 : 0;
                c.claimerStance.merge(String.valueOf(claim.claimerStance()), 1, Integer::sum);
            }
            if (item.tagged() != null) {
                c.droppedOverlaps += item.tagged().dropped();
            }
        }
    }

    Counts of(Split s) {
        return bySplit[s.ordinal()];
    }

    int total(java.util.function.ToIntFunction<Counts> f) {
        int n = 0;
        for (Counts c : bySplit) {
            n += f.applyAsInt(c);
        }
        return n;
    }

    @Override
    public void close() {
        // counts only
    }
}
