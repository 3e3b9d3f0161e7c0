package mizan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Differential checks against DKPro Statistics 2.2.0 (Meyer et al. 2014) on seeded random data
 * with missing values: equal to 1e-9 wherever both define a statistic the same way, and the
 * documented relation where they do not.
 */
class DkproDifferentialTest {

    private static final double EXACT = 1e-9;

    /** Random ratings 1..k; each cell missing with probability {@code missing}. */
    static LabelMatrix random(long seed, int items, int annotators, int k, double missing) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LabelMatrixBuilder b = new LabelMatrixBuilder();
        for (int i = 0; i < items; i++) {
            // A shared "true" label per item makes agreement well above chance, as in real studies.
            int truth = 1 + rnd.nextInt(k);
            for (int a = 0; a < annotators; a++) {
                if (rnd.nextDouble() >= missing) {
                    int label = rnd.nextDouble() < 0.6 ? truth : 1 + rnd.nextInt(k);
                    b.add("i" + i, "a" + a, String.valueOf(label));
                }
            }
        }
        return b.build();
    }

    /** The same ratings as a DKPro study, integer categories equal to our category values, null when missing. */
    static CodingAnnotationStudy study(LabelMatrix m, boolean onlyComplete) {
        CodingAnnotationStudy s = new CodingAnnotationStudy(m.annotators());
        double[] values = m.categoryValues();
        for (int i = 0; i < m.items(); i++) {
            Object[] row = new Object[m.annotators()];
            boolean complete = true;
            for (int a = 0; a < m.annotators(); a++) {
                int c = m.code(i, a);
                row[a] = c < 0 ? null : (Integer) (int) values[c];
                complete &= c >= 0;
            }
            if (complete || !onlyComplete) {
                s.addItemAsArray(row);
            }
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void alphaAllLevelsEqualsDkpro(long seed) {
        LabelMatrix m = random(seed, 300, 5, 5, 0.3);
        CodingAnnotationStudy s = study(m, false);
        assertAlpha(m, s, Level.NOMINAL, new NominalDistanceFunction());
        assertAlpha(m, s, Level.ORDINAL, new OrdinalDistanceFunction());
        assertAlpha(m, s, Level.INTERVAL, new IntervalDistanceFunction());
        assertAlpha(m, s, Level.RATIO, new RatioDistanceFunction());
    }

    private static void assertAlpha(LabelMatrix m, CodingAnnotationStudy s, Level level, IDistanceFunction f) {
        double dkpro = new KrippendorffAlphaAgreement(s, f).calculateAgreement();
        assertThat(KrippendorffAlpha.compute(m, level).alpha()).as(level.name()).isCloseTo(dkpro, within(EXACT));
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void fleissEqualsDkproOnItemsRatedByAll(long seed) {
        LabelMatrix m = random(seed, 400, 4, 4, 0.15);
        CodingAnnotationStudy complete = study(m, true);
        FleissKappa.Result ours = FleissKappa.compute(m);
        assertThat(ours.itemsUsed()).isEqualTo(complete.getItemCount());
        assertThat(ours.itemsExcluded()).isPositive();
        FleissKappaAgreement dkpro = new FleissKappaAgreement(complete);
        assertThat(ours.kappa()).isCloseTo(dkpro.calculateAgreement(), within(EXACT));
        for (int c = 0; c < m.categories(); c++) {
            assertThat(ours.categoryKappa()[c]).isCloseTo(dkpro.calculateCategoryAgreement(c + 1), within(EXACT));
        }
    }

    @Test
    void pairwiseEqualsDkproOnItemsBothRated() {
        LabelMatrix m = random(6, 300, 3, 4, 0.25);
        for (PairwiseAgreement.Pair p : PairwiseAgreement.allPairs(m)) {
            int a = m.annotatorIndex(p.a());
            int b = m.annotatorIndex(p.b());
            LabelMatrix pair = m.selectAnnotators(a, b);
            CodingAnnotationStudy both = study(pair, true);
            assertThat(p.itemsUsed()).isEqualTo(both.getItemCount());
            assertThat(p.cohenKappa()).isCloseTo(new CohenKappaAgreement(both).calculateAgreement(), within(EXACT));
            assertThat(p.scottPi()).isCloseTo(new ScottPiAgreement(both).calculateAgreement(), within(EXACT));
            assertThat(p.percent()).isCloseTo(new PercentageAgreement(both).calculateAgreement(), within(EXACT));

            // DKPro's κ given the items only one of the two rated treats the absent rating as one
            // more category and keeps those items, so its value differs from κ on the items both rated.
            double dkproWithMissing = new CohenKappaAgreement(study(pair, false)).calculateAgreement();
            assertThat(dkproWithMissing).isNotCloseTo(p.cohenKappa(), within(1e-6));
        }
    }

    @Test
    void percentAgreementEqualsDkproOnCompleteData() {
        LabelMatrix m = random(7, 300, 5, 4, 0);
        assertThat(PercentAgreement.compute(m))
                .isCloseTo(new PercentageAgreement(study(m, false)).calculateAgreement(), within(EXACT));
    }

    @Test
    void percentAgreementWithMissingValuesWeighsItemsWhereDkproWeighsValues() {
        // With missing values DKPro weighs each item by its number of ratings, which makes its
        // figure the share of agreeing pairable values, 1 − D_o of nominal α; ours gives every
        // pairable item the same weight. Both agree on complete data (test above).
        LabelMatrix m = random(7, 300, 5, 4, 0.3);
        double dkpro = new PercentageAgreement(study(m, false)).calculateAgreement();
        assertThat(dkpro).isCloseTo(1 - KrippendorffAlpha.compute(m, Level.NOMINAL).observed(), within(EXACT));
        assertThat(PercentAgreement.compute(m)).isNotCloseTo(dkpro, within(1e-6));
    }

    @Test
    void quadraticKappaEqualsDkproWhenTheLargestDistanceOccurs() {
        // With squared distances (IntervalDistanceFunction) DKPro divides observed disagreement by
        // the largest distance among observed pairs and expected disagreement by the largest among
        // all category pairs (each at least 1). When the extreme pair is observed the two scalings
        // agree and so do the values; our weights use one constant (the squared range) for both.
        LabelMatrix m = random(8, 400, 2, 5, 0);
        PairwiseAgreement.Pair p = PairwiseAgreement.compare(m, 0, 1);
        assertThat(p.confusion()[0][4] + p.confusion()[4][0]).isPositive();
        double dkpro = new WeightedKappaAgreement(study(m, true), new IntervalDistanceFunction()).calculateAgreement();
        assertThat(p.quadraticKappa()).isCloseTo(dkpro, within(EXACT));
    }

    @Test
    void quadraticKappaDiffersFromDkproByTheRatioOfItsTwoScalings() {
        // Categories 1..5 with every disagreement at most 2 apart: DKPro scales observed
        // disagreement by 4 (= 2²) but expected disagreement by 16 (= 4²), so its ratio D_o/D_e
        // is ours times 16/4. Relation: κ_ours = 1 − (1 − κ_DKPro) · 4/16.
        SplittableRandom rnd = new SplittableRandom(9);
        LabelMatrixBuilder b = new LabelMatrixBuilder();
        IntStream.range(0, 200).forEach(i -> {
            int x = 1 + rnd.nextInt(5);
            int y = Math.max(1, Math.min(5, x + rnd.nextInt(5) - 2));
            b.add("i" + i, "A", String.valueOf(x)).add("i" + i, "B", String.valueOf(y));
        });
        b.add("lo", "A", "1").add("lo", "B", "1").add("hi", "A", "5").add("hi", "B", "5");
        LabelMatrix m = b.build();
        double dkpro = new WeightedKappaAgreement(study(m, true), new IntervalDistanceFunction()).calculateAgreement();
        double ours = PairwiseAgreement.compare(m, 0, 1).quadraticKappa();
        assertThat(ours).isNotCloseTo(dkpro, within(1e-3));
        assertThat(ours).isCloseTo(1 - (1 - dkpro) * 4.0 / 16.0, within(EXACT));
    }

    @Test
    void linearAndQuadraticKappaEqualDkproWithDistancesScaledToOne() {
        // With distances already in [0, 1] DKPro's two scalings are both 1, so the definitions coincide
        // even when the extreme disagreement never occurs.
        LabelMatrix m = random(10, 300, 2, 5, 0);
        PairwiseAgreement.Pair p = PairwiseAgreement.compare(m, 0, 1);
        IDistanceFunction linear = (study, x, y) -> Math.abs((Integer) x - (Integer) y) / 4.0;
        IDistanceFunction quadratic = (study, x, y) -> Math.pow(((Integer) x - (Integer) y) / 4.0, 2);
        CodingAnnotationStudy s = study(m, true);
        assertThat(p.linearKappa()).isCloseTo(new WeightedKappaAgreement(s, linear).calculateAgreement(), within(EXACT));
        assertThat(p.quadraticKappa())
                .isCloseTo(new WeightedKappaAgreement(s, quadratic).calculateAgreement(), within(EXACT));
    }

    @Test
    void timingsReachDkproByReflectionAndAgreeWithIt() {
        // Only the figures are checked; how long they take is for the bench command to print.
        java.util.List<AgreementTimings.Timing> t = AgreementTimings.run(2_000, 6, 4, 3, 0, 1);
        assertThat(t).extracting(AgreementTimings.Timing::what).containsExactly(
                "alpha (mizan)", "fleiss kappa (mizan)", "alpha (DKPro)", "fleiss kappa (DKPro)");
        assertThat(t.get(0).value()).isCloseTo(t.get(2).value(), within(EXACT));
        assertThat(t.get(1).value()).isCloseTo(t.get(3).value(), within(EXACT));
    }
}
