package mizan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Span F1 on small cases worked out by hand. */
class SpanF1Test {

    // Reference "ali": PERS [0,5), PERS [10,15), GPE [20,30).
    // Response "badr": PERS [0,5) exact, PERS [12,18) overlapping only, GPE [40,45) unmatched, ORG [0,3).
    private static final List<LabeledSpan> SPANS = List.of(
            new LabeledSpan("p1", 0, 5, "PERS", "ali"),
            new LabeledSpan("p1", 10, 15, "PERS", "ali"),
            new LabeledSpan("p1", 20, 30, "GPE", "ali"),
            new LabeledSpan("p1", 0, 5, "PERS", "badr"),
            new LabeledSpan("p1", 12, 18, "PERS", "badr"),
            new LabeledSpan("p1", 40, 45, "GPE", "badr"),
            new LabeledSpan("p1", 0, 3, "ORG", "badr"),
            // Same offsets in another paragraph never match across keys.
            new LabeledSpan("p2", 20, 30, "GPE", "badr"));

    private final SpanF1.Pair pair = SpanF1.compare(SPANS, "ali", "badr");

    @Test
    void exactMatchPerLabel() {
        // PERS: 1 of 2 response spans and 1 of 2 reference spans match exactly: P = R = F1 = 0.5.
        assertThat(pair.exact().perLabel().get("PERS").f1()).isCloseTo(0.5, within(1e-12));
        // GPE: nothing matches (p2 is another paragraph): F1 = 0. ORG: only in the response: F1 = 0.
        assertThat(pair.exact().perLabel().get("GPE").f1()).isZero();
        assertThat(pair.exact().perLabel().get("ORG").f1()).isZero();
    }

    @Test
    void overlapMatchCreditsPartialSpans() {
        // PERS: both response spans overlap a reference PERS and vice versa: F1 = 1.
        assertThat(pair.overlap().perLabel().get("PERS").f1()).isCloseTo(1.0, within(1e-12));
        // ORG [0,3) overlaps PERS [0,5) but labels differ, so it still does not match.
        assertThat(pair.overlap().perLabel().get("ORG").f1()).isZero();
    }

    @Test
    void microPoolsCountsAndMacroAveragesLabels() {
        // Exact micro: matched response 1 of 5, matched reference 1 of 3 → P = .2, R = 1/3, F1 = 0.25.
        SpanF1.Counts micro = pair.exact().micro();
        assertThat(micro.precision()).isCloseTo(0.2, within(1e-12));
        assertThat(micro.recall()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(micro.f1()).isCloseTo(0.25, within(1e-12));
        // Exact macro: (0.5 + 0 + 0) / 3 labels.
        assertThat(pair.exact().macroF1()).isCloseTo(0.5 / 3, within(1e-12));
        // Overlap micro: response 2 of 5, reference 2 of 3 → P = .4, R = 2/3, F1 = 0.5; macro (1 + 0 + 0) / 3.
        assertThat(pair.overlap().micro().f1()).isCloseTo(0.5, within(1e-12));
        assertThat(pair.overlap().macroF1()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void f1IsSymmetricAndPairsAreEnumerated() {
        SpanF1.Pair swapped = SpanF1.compare(SPANS, "badr", "ali");
        assertThat(swapped.exact().micro().f1()).isCloseTo(pair.exact().micro().f1(), within(1e-12));
        assertThat(SpanF1.allPairs(SPANS)).extracting(SpanF1.Pair::reference, SpanF1.Pair::response)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ali", "badr"));
    }

    @Test
    void projectSpansKeepTheirParagraphAndClaimsShareOneLabel() {
        LabeledSpan entity = LabeledSpan.of(mizan.model.Span.entity(1, "p9", "ali", 5, 11, "PERS"));
        LabeledSpan claim = LabeledSpan.of(mizan.model.Span.claim(2, "p9", "ali", 15, 59, true, null, "AFFIRM"));
        assertThat(entity).isEqualTo(new LabeledSpan("p9", 5, 11, "PERS", "ali"));
        assertThat(claim.label()).isEqualTo("CLAIM");
    }
}
