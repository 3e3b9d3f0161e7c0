package mizan.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanRulesTest {

    private static final String P = "doc-1";

    private static Span entity(int start, int end, String type) {
        return Span.entity(0, P, "alice", start, end, type);
    }

    private static Span claim(int start, int end) {
        return Span.claim(0, P, "alice", start, end, true, Claimer.AUTHOR, "AFFIRM");
    }

    @Test
    void anEntityOnTheSameEdgesIsRefusedWhateverItsType() {
        List<Span> have = List.of(entity(4, 9, "PERS"));
        assertThat(SpanRules.refusal(have, entity(4, 9, "PERS"))).contains("already tagged PERS there");
        assertThat(SpanRules.refusal(have, entity(4, 9, "GPE"))).contains("already tagged PERS there");
    }

    @Test
    void entitiesMayNestOrStandApartButNotCross() {
        // "وزير خارجية روسيا": the OCC title contains the GPE
        List<Span> have = List.of(entity(0, 17, "OCC"), entity(12, 17, "GPE"));
        assertThat(SpanRules.refusal(have, entity(5, 17, "ORG"))).isEmpty();
        assertThat(SpanRules.refusal(have, entity(0, 30, "PERS"))).isEmpty();
        assertThat(SpanRules.refusal(have, entity(20, 25, "DATE"))).isEmpty();
        assertThat(SpanRules.refusal(have, entity(17, 20, "DATE"))).as("touching is not overlapping").isEmpty();
        assertThat(SpanRules.refusal(have, entity(14, 20, "LOC"))).contains("it would cross the OCC span at 0–17");
        assertThat(SpanRules.refusal(List.of(entity(12, 17, "GPE")), entity(14, 20, "LOC")))
                .contains("it would cross the GPE span at 12–17");
    }

    @Test
    void oneClaimPerPairOfEdgesButClaimsMayCrossAnything() {
        List<Span> have = List.of(claim(0, 20), entity(4, 9, "PERS"));
        assertThat(SpanRules.refusal(have, claim(0, 20))).contains("there is already a claim there");
        assertThat(SpanRules.refusal(have, claim(10, 30))).isEmpty();
        assertThat(SpanRules.refusal(have, claim(6, 15))).as("across the entity").isEmpty();
        assertThat(SpanRules.refusal(have, claim(4, 9))).as("on an entity's edges").isEmpty();
        assertThat(SpanRules.refusal(have, entity(0, 20, "EVENT"))).as("an entity on a claim's edges").isEmpty();
        assertThat(SpanRules.refusal(have, entity(15, 25, "DATE"))).as("an entity across a claim").isEmpty();
    }

    @Test
    void nothingIsRefusedOnAnEmptyParagraph() {
        assertThat(SpanRules.refusal(List.of(), entity(0, 3, "GPE"))).isEmpty();
        assertThat(SpanRules.refusal(List.of(), claim(0, 3))).isEmpty();
    }
}
