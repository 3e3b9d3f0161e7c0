package mizan.agreement;

import java.util.List;

/**
 * Every figure of an agreement run over one {@link LabelMatrix}, computed once and then rendered
 * by any front end (table, JSON, the TUI). Where the figures come from — a CSV file, the project
 * database, one stance target — is no concern of this class.
 *
 * @param scottPi          Scott's π when there are exactly two annotators, else NaN
 * @param alphaCi95        {lo, hi} of the unit bootstrap (see {@link AlphaBootstrap}); NaN when
 *                         {@code bootstrap} is 0
 * @param mostDisagreed    the items with the largest share of disagreeing pairs, for adjudication
 */
public record AgreementReport(LabelMatrix matrix, Level level, KrippendorffAlpha.Result alpha, double[] alphaCi95,
                              int bootstrap, long seed, double percentAgreement, FleissKappa.Result fleiss,
                              double scottPi, List<PairwiseAgreement.Pair> pairs, List<Breakdown.GroupAlpha> groups,
                              List<Breakdown.ItemDisagreement> mostDisagreed) {

    /** How many items the disagreement list keeps. */
    public static final int MOST_DISAGREED = 20;

    public static AgreementReport compute(LabelMatrix m, Level level, int bootstrap, long seed) {
        List<PairwiseAgreement.Pair> pairs = PairwiseAgreement.allPairs(m);
        return new AgreementReport(m, level, KrippendorffAlpha.compute(m, level),
                AlphaBootstrap.ci95(m, level, bootstrap, seed), bootstrap, seed, PercentAgreement.compute(m),
                FleissKappa.compute(m), m.annotators() == 2 ? pairs.get(0).scottPi() : Double.NaN, pairs,
                Breakdown.alphaPerGroup(m, level), Breakdown.mostDisagreed(m, MOST_DISAGREED));
    }

    /**
     * The usual reading of α (Krippendorff 2004, Content Analysis): at least .800 reliable, at least .667
     * acceptable only for tentative conclusions, below that the data should be discarded.
     */
    public static String reading(double alpha) {
        if (Double.isNaN(alpha)) {
            return "undefined (no variation in the data)";
        }
        if (alpha >= 0.800) {
            return "reliable (α ≥ 0.800)";
        }
        if (alpha >= 0.667) {
            return "tentative conclusions only (0.667 ≤ α < 0.800)";
        }
        return "unreliable: discard or revise the guidelines (α < 0.667)";
    }
}
