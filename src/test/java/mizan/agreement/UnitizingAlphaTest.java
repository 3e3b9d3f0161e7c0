package mizan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** Unitizing α against Krippendorff's published example and against DKPro Statistics. */
class UnitizingAlphaTest {

    private static final double EXACT = 1e-9;

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers on a continuum
     * [150, 450), categories c and k, as reconstructed in DKPro's Krippendorff2004Test. Our
     * continuum starts at 0, so offsets are shifted by −150 (the measure depends on differences only).
     */
    private static List<LabeledSpan> krippendorff2004() {
        int[][] units = {
            {225, 70, 0, 'c'}, {370, 30, 0, 'c'}, {220, 80, 1, 'c'}, {355, 20, 1, 'c'}, {400, 20, 1, 'c'},
            {180, 60, 0, 'k'}, {300, 50, 0, 'k'}, {180, 60, 1, 'k'}, {300, 50, 1, 'k'}};
        List<LabeledSpan> spans = new ArrayList<>();
        for (int[] u : units) {
            spans.add(new LabeledSpan("doc", u[0] - 150, u[0] - 150 + u[1], String.valueOf((char) u[3]), "o" + u[2]));
        }
        return spans;
    }

    @Test
    void krippendorff2004PublishedValues() {
        UnitizingAlpha.Result r = UnitizingAlpha.compute(krippendorff2004(), List.of("o0", "o1"), Map.of("doc", 300));
        // Printed: α_U = .8591 overall; category c: D_O .0144, D_E .0532, α .7286; category k: α 1.
        assertThat(r.overall().alpha()).isCloseTo(0.8591, within(5e-4));
        assertThat(r.perLabel().get("c").observed()).isCloseTo(0.0144, within(1e-4));
        assertThat(r.perLabel().get("c").expected()).isCloseTo(0.0532, within(1e-4));
        assertThat(r.perLabel().get("c").alpha()).isCloseTo(0.7286, within(1e-4));
        assertThat(r.perLabel().get("k").alpha()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void krippendorff2004EqualsDkpro() {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, 300);
        for (LabeledSpan s : krippendorff2004()) {
            study.addUnit(s.start(), s.end() - s.start(), s.annotator().equals("o0") ? 0 : 1, s.label());
        }
        UnitizingAlpha.Result r = UnitizingAlpha.compute(krippendorff2004(), List.of("o0", "o1"), Map.of("doc", 300));
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
        assertThat(r.overall().alpha()).isCloseTo(dkpro.calculateAgreement(), within(EXACT));
        assertThat(r.perLabel().get("c").alpha()).isCloseTo(dkpro.calculateCategoryAgreement("c"), within(EXACT));
    }

    @Test
    void randomSpansOverSeveralDocumentsEqualDkpro() {
        SplittableRandom rnd = new SplittableRandom(42);
        List<String> annotators = List.of("a", "b", "c");
        String[] labels = {"PERS", "GPE", "ORG"};
        Map<String, Integer> lengths = Map.of("d1", 400, "d2", 250, "d3", 600);
        List<LabeledSpan> spans = new ArrayList<>();
        for (Map.Entry<String, Integer> doc : lengths.entrySet()) {
            for (String label : labels) {
                for (String who : annotators) {
                    // Non-overlapping spans per annotator and label, as both implementations require.
                    int pos = rnd.nextInt(20);
                    while (true) {
                        int len = 1 + rnd.nextInt(25);
                        if (pos + len > doc.getValue()) {
                            break;
                        }
                        spans.add(new LabeledSpan(doc.getKey(), pos, pos + len, label, who));
                        pos += len + rnd.nextInt(60);
                    }
                }
            }
        }
        UnitizingAlpha.Result ours = UnitizingAlpha.compute(spans, annotators, lengths);

        // The same study for DKPro: documents laid end to end in key order (d1, d2, d3).
        Map<String, Integer> offset = Map.of("d1", 0, "d2", 400, "d3", 650);
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(3, 0, 1250);
        for (LabeledSpan s : spans) {
            study.addUnit(offset.get(s.key()) + s.start(), s.end() - s.start(), annotators.indexOf(s.annotator()),
                    s.label());
        }
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
        assertThat(ours.continuumLength()).isEqualTo(1250);
        assertThat(ours.overall().alpha()).isCloseTo(dkpro.calculateAgreement(), within(EXACT));
        for (String label : labels) {
            assertThat(ours.perLabel().get(label).alpha()).as(label)
                    .isCloseTo(dkpro.calculateCategoryAgreement(label), within(EXACT));
        }
    }
}
