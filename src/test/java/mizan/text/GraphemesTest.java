package mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphemesTest {

    private static final String KATABA = "كَتَبَ";

    @Test
    void letterAndItsHarakaAreOneCluster() {
        assertThat(Graphemes.clusters(KATABA)).containsExactly("كَ", "تَ", "بَ");
        assertThat(Graphemes.boundaries(KATABA)).containsExactly(0, 2, 4, 6);
    }

    @Test
    void emojiZwjSequenceIsOneCluster() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(Graphemes.clusters("أ" + family + "ب")).containsExactly("أ", family, "ب");
    }

    @Test
    void spanEdgesMoveByWholeClustersInCodePoints() {
        String text = "😀كَتَبَ"; // the emoji is one code point but two UTF-16 units
        assertThat(Graphemes.nextBoundary(text, 0)).isEqualTo(1);
        assertThat(Graphemes.nextBoundary(text, 1)).isEqualTo(3);
        assertThat(Graphemes.nextBoundary(text, 2)).isEqualTo(3);
        assertThat(Graphemes.nextBoundary(text, 7)).isEqualTo(7);
        assertThat(Graphemes.previousBoundary(text, 7)).isEqualTo(5);
        assertThat(Graphemes.previousBoundary(text, 4)).isEqualTo(3);
        assertThat(Graphemes.previousBoundary(text, 0)).isEqualTo(0);
    }

    @Test
    void anEdgeBetweenALetterAndItsHarakaIsNotABoundary() {
        assertThat(Graphemes.isBoundary(KATABA, 1)).isFalse();
        assertThat(Graphemes.isBoundary(KATABA, 2)).isTrue();
        assertThat(Graphemes.isBoundary(KATABA, 6)).isTrue();
    }

    @Test
    void clustersOfEverySeedLineJoinBackToTheLine() {
        for (String line : Seeds.lines()) {
            assertThat(String.join("", Graphemes.clusters(line))).isEqualTo(line);
        }
    }
}
