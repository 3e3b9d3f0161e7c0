package mizan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import mizan.model.StanceLabel;
import org.junit.jupiter.api.Test;

/** Per-document α, the disagreement ranking, the bootstrap interval and per-target stance matrices. */
class BreakdownTest {

    private static LabelMatrix twoDocuments() {
        LabelMatrixBuilder b = new LabelMatrixBuilder();
        // doc1: perfect agreement on varied labels; doc2: the Krippendorff (2011) binary example (α = .095).
        String[][] doc1 = {{"FAVOR", "FAVOR", "FAVOR"}, {"AGAINST", "AGAINST", "AGAINST"}, {"NONE", "NONE", "NONE"}};
        for (int i = 0; i < doc1.length; i++) {
            for (int a = 0; a < 3; a++) {
                b.add("d1p" + i, "a" + a, doc1[i][a]).group("d1p" + i, "doc1");
            }
        }
        String[] first = "0,1,0,0,0,0,0,0,1,0".split(",");
        String[] second = "1,1,1,0,0,1,0,0,0,0".split(",");
        for (int i = 0; i < first.length; i++) {
            b.add("d2p" + i, "a0", first[i]).add("d2p" + i, "a1", second[i]).group("d2p" + i, "doc2");
        }
        return b.build();
    }

    @Test
    void alphaPerDocument() {
        List<Breakdown.GroupAlpha> groups = Breakdown.alphaPerGroup(twoDocuments(), Level.NOMINAL);
        assertThat(groups).extracting(Breakdown.GroupAlpha::group).containsExactly("doc1", "doc2");
        assertThat(groups.get(0).alpha()).isCloseTo(1.0, within(1e-12));
        assertThat(groups.get(1).alpha()).isCloseTo(0.095, within(5e-4));
        assertThat(groups.get(1).pairableValues()).isEqualTo(20);
    }

    @Test
    void mostDisagreedItemsComeFirst() {
        LabelMatrix m = new LabelMatrixBuilder()
                .add("x", "a", "1").add("x", "b", "1").add("x", "c", "2")   // 2 of 3 pairs disagree
                .add("y", "a", "1").add("y", "b", "2")                      // 1 of 1 pair disagrees
                .add("z", "a", "1").add("z", "b", "1").add("z", "c", "1")   // full agreement: not listed
                .build();
        assertThat(Breakdown.mostDisagreed(m, 10)).extracting(Breakdown.ItemDisagreement::item)
                .containsExactly("y", "x");
        assertThat(Breakdown.mostDisagreed(m, 10).get(1).disagreement()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(Breakdown.mostDisagreed(m, 1)).hasSize(1);
    }

    @Test
    void bootstrapIntervalIsSeededAndBracketsAlpha() {
        LabelMatrix m = DkproDifferentialTest.random(11, 200, 3, 4, 0.2);
        double alpha = KrippendorffAlpha.compute(m, Level.NOMINAL).alpha();
        double[] ci = AlphaBootstrap.ci95(m, Level.NOMINAL, 500, 7);
        assertThat(ci[0]).isLessThan(alpha);
        assertThat(ci[1]).isGreaterThan(alpha);
        assertThat(ci[1] - ci[0]).isBetween(0.02, 0.3);
        assertThat(AlphaBootstrap.ci95(m, Level.NOMINAL, 500, 7)).containsExactly(ci);
        assertThat(AlphaBootstrap.ci95(m, Level.NOMINAL, 500, 8)).isNotEqualTo(ci);
    }

    @Test
    void stanceSplitsPerTargetWithSchemeOrder() {
        List<StanceLabel> labels = List.of(
                new StanceLabel("p1", "ali", "MILCOOP", "AGAINST"), new StanceLabel("p1", "badr", "MILCOOP", "AGAINST"),
                new StanceLabel("p1", "ali", "SANCTIONS", "FAVOR"), new StanceLabel("p1", "badr", "SANCTIONS", "NONE"));
        Map<String, LabelMatrix> byTarget = StanceAgreement.perTarget(labels, List.of("FAVOR", "AGAINST", "NONE"),
                List.of("ali", "badr", "jamal"));
        assertThat(byTarget).containsOnlyKeys("MILCOOP", "SANCTIONS");
        LabelMatrix sanctions = byTarget.get("SANCTIONS");
        assertThat(sanctions.annotatorNames()).containsExactly("ali", "badr", "jamal");
        assertThat(sanctions.categoryNames()).containsExactly("FAVOR", "AGAINST", "NONE");
        long[][] confusion = PairwiseAgreement.compare(sanctions, 0, 1).confusion();
        assertThat(confusion[0][2]).isEqualTo(1);
    }
}
