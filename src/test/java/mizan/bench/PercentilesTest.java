package mizan.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void nearestRankOverOneToAHundred() {
        Percentiles p = new Percentiles(IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray());
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.at(0.5)).isEqualTo(1);
    }

    @Test
    void aFewSamples() {
        Percentiles p = new Percentiles(new double[] {3, 1, 2});
        assertThat(p.p50()).isEqualTo(2);
        assertThat(p.p99()).isEqualTo(3);
        assertThat(Percentiles.median(5, 9, 1, 7)).isEqualTo(5);
    }

    @Test
    void theP99OfAHundredSamplesIgnoresOneOutlierButNotTwo() {
        double[] hundred = new double[100];
        java.util.Arrays.fill(hundred, 1);
        hundred[42] = 50;
        assertThat(new Percentiles(hundred).p99()).isEqualTo(1);
        hundred[7] = 40;
        assertThat(new Percentiles(hundred).p99()).isEqualTo(40);
    }

    @Test
    void noSamplesOrABadRankIsAnError() {
        assertThatThrownBy(() -> new Percentiles(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(new double[] {1}).at(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
