package mizan.agreement;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlphaAccumulatorTest {

    @Test
    void streamingUnitsGivesTheSameAlphaAsTheWholeMatrix() {
        // Krippendorff (2011), the 4 observers × 12 units example, nominal α = .743
        String[][] units = {{"1", "1", "1"}, {"2", "2", "3", "2"}, {"3", "3", "3", "3"}, {"3", "3", "3", "3"},
            {"2", "2", "2", "2"}, {"1", "2", "3", "4"}, {"4", "4", "4", "4"}, {"1", "1", "2", "1"},
            {"2", "2", "2", "2"}, {"5", "5", "5"}, {"1", "1"}, {"3"}};
        AlphaAccumulator acc = new AlphaAccumulator(new double[] {1, 2, 3, 4, 5});
        for (String[] u : units) {
            int[] codes = new int[u.length];
            for (int i = 0; i < u.length; i++) {
                codes[i] = Integer.parseInt(u[i]) - 1;
            }
            acc.add(codes);
        }
        assertThat(acc.result(Level.NOMINAL).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(acc.result(Level.INTERVAL).alpha()).isCloseTo(0.849, within(0.0005));
        assertThat(acc.result(Level.NOMINAL).pairableValues()).isEqualTo(40);
    }

    @Test
    void agreesWithTheMatrixComputationOnRandomData() {
        Random r = new Random(3);
        LabelMatrixBuilder b = new LabelMatrixBuilder().categories(java.util.List.of("a", "b", "c"));
        AlphaAccumulator acc = new AlphaAccumulator(new double[] {1, 2, 3});
        for (int u = 0; u < 500; u++) {
            int m = r.nextInt(5);
            int[] codes = new int[m];
            for (int i = 0; i < m; i++) {
                codes[i] = r.nextInt(3);
                b.add("u" + u, "r" + i, String.valueOf((char) ('a' + codes[i])));
            }
            acc.add(codes);
        }
        assertThat(acc.result(Level.NOMINAL).alpha())
                .isCloseTo(KrippendorffAlpha.compute(b.build(), Level.NOMINAL).alpha(), within(1e-12));
    }
}
