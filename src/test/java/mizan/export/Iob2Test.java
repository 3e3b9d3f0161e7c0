package mizan.export;

import mizan.model.LabelScheme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Iob2Test {

    private static final List<String> TYPES = LabelScheme.defaults().entityTypeIds();

    static ExportLine line(String text, ExportLine.Entity... entities) {
        return new ExportLine("d-1", "d", 1, text, false, List.of(entities), List.of(), List.of(), List.of("a"), false);
    }

    static ExportLine.Entity entity(String text, String part, int nth, String type) {
        int from = -1;
        for (int i = 0; i <= nth; i++) {
            from = text.indexOf(part, from + 1);
        }
        int start = text.codePointCount(0, from);
        return new ExportLine.Entity("e", start, start + part.codePointCount(0, part.length()), type, part);
    }

    @Test
    void aProcliticOutsideTheEntityIsSplitOffTheTokenAndTaggedO() {
        String text = "التقى بوتين وكيم في موسكو وروسيا.";
        Iob2.Tagged t = Iob2.tag(line(text, entity(text, "كيم", 0, "PERS"), entity(text, "روسيا", 0, "GPE")));
        assertThat(t.tokens()).containsExactly("التقى", "بوتين", "و", "كيم", "في", "موسكو", "و", "روسيا", ".");
        assertThat(t.tags()).containsExactly("O", "O", "O", "B-PERS", "O", "O", "O", "B-GPE", "O");
        assertThat(Iob2.fault(t.tags(), TYPES)).isNull();
    }

    @Test
    void adjacentEntitiesOfOneTypeEachBeginWithB() {
        String text = "زار كوريا الشمالية روسيا 😀 أمس";
        Iob2.Tagged t = Iob2.tag(line(text, entity(text, "كوريا الشمالية", 0, "GPE"), entity(text, "روسيا", 0, "GPE")));
        assertThat(t.tags()).containsExactly("O", "B-GPE", "I-GPE", "B-GPE", "O", "O");
        assertThat(t.tokens()).contains("😀");
    }

    @Test
    void overlappingEntitiesKeepTheEarlierLongerOneAndCountTheRest() {
        String text = "قال وزير الخارجية الروسي";
        Iob2.Tagged t = Iob2.tag(line(text, entity(text, "وزير الخارجية الروسي", 0, "OCC"),
                entity(text, "الروسي", 0, "NORP")));
        assertThat(t.tags()).containsExactly("O", "B-OCC", "I-OCC", "I-OCC");
        assertThat(t.dropped()).isEqualTo(1);
    }

    @Test
    void sentencesBreakBetweenSentencesButNeverInsideAnEntity() {
        String text = "وصل بوتين. ثم غادر. قال د. كيم جونغ أون ذلك.";
        Iob2.Tagged plain = Iob2.tag(line(text));
        assertThat(plain.sentenceStarts()).isNotEmpty();
        String first = plain.tokens().get(plain.sentenceStarts().get(0));
        assertThat(first).isEqualTo("ثم");
        Iob2.Tagged across = Iob2.tag(line(text, entity(text, "بوتين. ثم", 0, "PERS")));
        assertThat(across.tokens().subList(0, 4)).containsExactly("وصل", "بوتين", ".", "ثم");
        assertThat(across.sentenceStarts()).doesNotContain(3);
    }

    @Test
    void faultsNameTheTokenThatBreaksIob2() {
        assertThat(Iob2.fault(List.of("O", "B-GPE", "I-GPE", "O"), TYPES)).isNull();
        assertThat(Iob2.fault(List.of("O", "I-GPE"), TYPES)).contains("token 2").contains("without a B-GPE");
        assertThat(Iob2.fault(List.of("B-PERS", "I-GPE"), TYPES)).contains("token 2");
        assertThat(Iob2.fault(List.of("B-CITY"), TYPES)).contains("token 1").contains("B-CITY");
        assertThat(Iob2.fault(new ArrayList<>(List.of("X")), TYPES)).contains("'X'");
    }
}
