package mizan.export;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns whole documents to train/validation/test as they stream past, deterministically from
 * the seed and stratified by stance.
 *
 * <p>A document's stratum is its most frequent stance label other than UNRELATED (else
 * UNRELATED, else NONE). Within a stratum each split is owed its share of the documents seen so
 * far plus this one; the document goes to one of the splits still owed something, chosen with
 * a weight equal to the debt by a hash of (seed, document id). Every stratum thus stays within
 * one document of the requested proportions, the same seed over the same labels gives the same
 * split, and only a few counters per stratum are kept.
 */
final class Splitter {

    private final double[] shares;
    private final long seed;
    private final Map<String, int[]> counts = new HashMap<>();

    Splitter(List<Integer> percents, long seed) {
        this.shares = new double[3];
        for (int i = 0; i < 3; i++) {
            shares[i] = percents.get(i) / 100.0;
        }
        this.seed = seed;
    }

    Split assign(String docId, List<ExportLine> lines) {
        String stratum = stratum(lines);
        int[] c = counts.computeIfAbsent(stratum, k -> new int[3]);
        int n = c[0] + c[1] + c[2] + 1;
        double[] debt = new double[3];
        double total = 0;
        for (int i = 0; i < 3; i++) {
            debt[i] = Math.max(0, shares[i] * n - c[i]);
            total += debt[i];
        }
        double u = unit(docId) * total;
        int pick = 0;
        for (int i = 0; i < 3; i++) {
            if (debt[i] > 0) {
                pick = i;
                if (u < debt[i]) {
                    break;
                }
                u -= debt[i];
            }
        }
        c[pick]++;
        return Split.values()[pick];
    }

    static String stratum(List<ExportLine> lines) {
        Map<String, Integer> n = new HashMap<>();
        for (ExportLine l : lines) {
            for (ExportLine.Stance s : l.stance()) {
                n.merge(s.label(), 1, Integer::sum);
            }
        }
        return n.entrySet().stream()
                .sorted((a, b) -> a.getKey().equals("UNRELATED") != b.getKey().equals("UNRELATED")
                        ? (a.getKey().equals("UNRELATED") ? 1 : -1)
                        : b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                        : a.getKey().compareTo(b.getKey()))
                .map(Map.Entry::getKey).findFirst().orElse("NONE");
    }

    /** A number in [0, 1) from the seed and the document id, the same on every machine. */
    private double unit(String docId) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : docId.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
