package mizan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The statistics reproduce published worked examples at the precision they were printed. */
class PublishedExamplesTest {

    /** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units. */
    private static final LabelMatrix KRIPPENDORFF_2011_C = Matrices.byAnnotator(
            "1,2,3,3,2,1,4,1,2,.,.,.",
            "1,2,3,3,2,2,4,1,2,5,.,3",
            ".,3,3,3,2,3,4,2,2,5,1,.",
            "1,2,3,3,2,4,4,1,2,5,1,.");

    @Test
    void krippendorff2011FourObserversAllLevels() {
        assertThat(KrippendorffAlpha.compute(KRIPPENDORFF_2011_C, Level.NOMINAL).alpha()).isCloseTo(0.743, within(5e-4));
        assertThat(KrippendorffAlpha.compute(KRIPPENDORFF_2011_C, Level.ORDINAL).alpha()).isCloseTo(0.815, within(5e-4));
        assertThat(KrippendorffAlpha.compute(KRIPPENDORFF_2011_C, Level.INTERVAL).alpha()).isCloseTo(0.849, within(5e-4));
        assertThat(KrippendorffAlpha.compute(KRIPPENDORFF_2011_C, Level.RATIO).alpha()).isCloseTo(0.797, within(5e-4));
    }

    @Test
    void krippendorff2011CountsOnlyPairableValues() {
        // The paper: unit 12 has a single value and drops out, leaving n = 40 pairable values in 11 units.
        KrippendorffAlpha.Result r = KrippendorffAlpha.compute(KRIPPENDORFF_2011_C, Level.NOMINAL);
        assertThat(r.pairableValues()).isEqualTo(40);
        assertThat(r.pairableItems()).isEqualTo(11);
    }

    @Test
    void krippendorff2011TwoObserversBinary() {
        // Krippendorff (2011), section A: two observers, 10 units, binary data; α = 0.095.
        LabelMatrix m = Matrices.byAnnotator("0,1,0,0,0,0,0,0,1,0", "1,1,1,0,0,1,0,0,0,0");
        assertThat(KrippendorffAlpha.compute(m, Level.NOMINAL).alpha()).isCloseTo(0.095, within(5e-4));
    }

    /** Fleiss (1971), as tabulated in Wikipedia's "Fleiss' kappa" article: 10 subjects, 14 raters, 5 categories. */
    private static final int[][] FLEISS_1971 = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

    @Test
    void fleiss1971TenSubjectsFourteenRaters() {
        FleissKappa.Result r = FleissKappa.compute(Matrices.fromCounts(FLEISS_1971));
        assertThat(r.kappa()).isCloseTo(0.210, within(5e-4));
        assertThat(r.itemsUsed()).isEqualTo(10);
        assertThat(r.meanAgreement()).isCloseTo(0.378, within(5e-4));
        assertThat(r.expectedAgreement()).isCloseTo(0.213, within(5e-4));
        assertThat(r.categoryProportion()).containsExactly(new double[] {0.143, 0.200, 0.279, 0.150, 0.229},
                within(5e-4));
    }

    @Test
    void cohenKappaFiftyProposals() {
        // Wikipedia "Cohen's kappa", worked example: 50 grant proposals, Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15.
        LabelMatrix m = Matrices.fromContingency(new String[] {"Yes", "No"}, new int[][] {{20, 5}, {10, 15}});
        PairwiseAgreement.Pair p = PairwiseAgreement.compare(m, 0, 1);
        assertThat(p.percent()).isCloseTo(0.70, within(1e-12));
        assertThat(p.cohenKappa()).isCloseTo(0.40, within(1e-12));
        assertThat(p.itemsUsed()).isEqualTo(50);
    }

    @Test
    void cohen1960SecondExample() {
        // Cohen (1960), p. 45: three categories, 200 items; p_o = .70, p_c = .41, κ = .492.
        LabelMatrix m = Matrices.fromContingency(new String[] {"1", "2", "3"},
                new int[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
        PairwiseAgreement.Pair p = PairwiseAgreement.compare(m, 0, 1);
        assertThat(p.percent()).isCloseTo(0.70, within(5e-3));
        assertThat(p.cohenKappa()).isCloseTo(0.492, within(5e-4));
    }

    @Test
    void warrens2010EightPathologists() {
        // Warrens (2010), "Inequalities between multi-rater kappas", p. 284 (data of O'Malley et al. 2006):
        // 8 raters, 30 cases, categories N and A; Fleiss' κ = .8324.
        LabelMatrixBuilder b = new LabelMatrixBuilder();
        String[][] patterns = {
            {"14", "NNNNNNNN"}, {"1", "NNNANNNN"}, {"1", "NNNNNNNA"}, {"10", "AAAAAAAA"},
            {"2", "AANAAAAN"}, {"1", "AANANAAN"}, {"1", "AANANANN"}};
        int item = 0;
        for (String[] p : patterns) {
            for (int n = 0; n < Integer.parseInt(p[0]); n++, item++) {
                for (int r = 0; r < 8; r++) {
                    b.add("case" + item, "r" + r, String.valueOf(p[1].charAt(r)));
                }
            }
        }
        // The exact value is 0.832350, on the rounding boundary of the printed .8324, hence 1e-4.
        assertThat(FleissKappa.compute(b.build()).kappa()).isCloseTo(0.8324, within(1e-4));
    }

    @Test
    void krippendorff1995ScottPiAndCohenKappaOnDigitisedContinuum() {
        // Krippendorff (1995), "On the reliability of unitizing contiguous data", p. 57, pair A
        // (Bertha/Bill) digitised into 24 positions: κ = .385, π = .314, α = .329.
        LabelMatrix m = Matrices.byAnnotator(
                "0,0,1,1,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,0,0,0,0",
                "0,0,0,0,1,1,1,1,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0");
        PairwiseAgreement.Pair p = PairwiseAgreement.compare(m, 0, 1);
        assertThat(p.cohenKappa()).isCloseTo(0.385, within(5e-4));
        assertThat(p.scottPi()).isCloseTo(0.314, within(5e-4));
        assertThat(KrippendorffAlpha.compute(m, Level.NOMINAL).alpha()).isCloseTo(0.329, within(5e-4));
    }

    @Test
    void artsteinPoesio2008ScottPiAndCohenKappa() {
        // Artstein & Poesio (2008), "Inter-Coder Agreement for Computational Linguistics", p. 558:
        // STAT/IReq, 100 items; A_o = .7, A_e(π) = .545, π = .341, A_e(κ) = .54, κ = .348.
        LabelMatrix m = Matrices.fromContingency(new String[] {"STAT", "IReq"}, new int[][] {{20, 10}, {20, 50}});
        PairwiseAgreement.Pair p = PairwiseAgreement.compare(m, 0, 1);
        assertThat(p.percent()).isCloseTo(0.7, within(1e-12));
        assertThat(p.scottPi()).isCloseTo(0.341, within(5e-4));
        assertThat(p.cohenKappa()).isCloseTo(0.348, within(5e-4));
    }

    @Test
    void artsteinPoesio2008WeightedKappa() {
        // Artstein & Poesio (2008), p. 568: STAT/IReq/Chck, 100 items, weights 0.5 for a
        // disagreement involving Chck and 1 for STAT vs IReq; κ = .8013, κ_w = .8163 (the figures
        // DKPro's ArtsteinPoesio2008Test reproduces). Ordering the categories STAT, Chck, IReq
        // makes our linear weights |v_c − v_k| / 2 exactly those weights.
        LabelMatrix m = Matrices.fromContingency(new String[] {"STAT", "Chck", "IReq"},
                new int[][] {{46, 0, 0}, {0, 10, 0}, {6, 6, 32}});
        PairwiseAgreement.Pair p = PairwiseAgreement.compare(m, 0, 1);
        assertThat(p.percent()).isCloseTo(0.88, within(1e-12));
        assertThat(p.cohenKappa()).isCloseTo(0.8013, within(5e-5));
        assertThat(p.linearKappa()).isCloseTo(0.8163, within(5e-5));
    }
}
