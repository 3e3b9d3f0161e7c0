package mizan.text;

import mizan.text.BidiLayout.Mode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BidiLayoutTest {

    private static final String MIXED = "قال الناتو (NATO) إن صاروخ KN-23 أُطلق في 2024 من بيونغ يانغ 😀";

    @Test
    void firstLogicalWordOfAnArabicLineIsAtItsRightEnd() {
        ParagraphLayout layout = BidiLayout.layout("قال بوتين إن", 80, Mode.APP_UNSHAPED);
        assertThat(layout.rtl()).isTrue();
        assertThat(layout.lines()).hasSize(1);
        assertThat(Screens.row(layout, 0)).isEqualTo(" ".repeat(68) + "نإ نيتوب لاق");
        List<Cell> cells = layout.lines().get(0).cells();
        assertThat(cells.get(cells.size() - 1).start()).isZero();
        assertThat(layout.cpAt(0, 79)).isZero();
        assertThat(layout.cpAt(0, 77)).isEqualTo(2);
        assertThat(layout.cpAt(0, 10)).isEqualTo(-1);
    }

    @Test
    void shapedLineShowsPresentationFormsInVisualOrder() {
        ParagraphLayout layout = BidiLayout.layout("بوتين", 10, Mode.APP);
        // visual left to right: noon final, yeh medial, teh initial, waw final, beh initial
        assertThat(Screens.row(layout, 0)).isEqualTo("     \uFEE6\uFEF4\uFE97\uFEEE\uFE91");
    }

    @Test
    void latinAndNumbersReadLeftToRightInsideAnRtlLineWithMirroredParentheses() {
        ParagraphLayout layout = BidiLayout.layout(MIXED, 80, Mode.APP_UNSHAPED);
        VisualLine line = layout.lines().get(0);
        String row = Screens.row(line).strip();
        assertThat(row).isEqualTo("😀 غناي غنويب نم 2024 يف قلطأُ KN-23 خوراص نإ (NATO) وتانلا لاق");
        Cell emoji = line.cells().get(0);
        assertThat(emoji.text()).isEqualTo("😀");
        assertThat(emoji.width()).isEqualTo(2);
        assertThat(emoji.start()).isEqualTo(MIXED.codePointCount(0, MIXED.length()) - 1);
        assertThat(line.indent() + line.cellWidth()).isEqualTo(80);
    }

    @Test
    void shapingKeepsTheVisualOrderAndTheMirroring() {
        String shaped = Screens.row(BidiLayout.layout(MIXED, 80, Mode.APP), 0);
        assertThat(shaped).contains("(NATO)", "KN-23", " 2024 ").doesNotContain("قال");
        // قال at the right end: lam isolated (after the right-joining alef), alef final, qaf initial
        assertThat(shaped).endsWith("\uFEDD\uFE8E\uFED7");
    }

    @Test
    void terminalModeKeepsLogicalOrderWithoutShapingOrMirroring() {
        ParagraphLayout layout = BidiLayout.layout(MIXED, 80, Mode.TERMINAL);
        VisualLine line = layout.lines().get(0);
        assertThat(layout.rtl()).isTrue();
        assertThat(line.indent()).isZero();
        assertThat(Screens.row(line)).isEqualTo(MIXED);
        assertThat(line.cells()).extracting(Cell::start).isSorted();
    }

    @Test
    void latinParagraphIsLeftToRightAndNotIndented() {
        ParagraphLayout layout = BidiLayout.layout("Institute for the Study of War (ISW)", 80, Mode.APP);
        assertThat(layout.rtl()).isFalse();
        assertThat(Screens.row(layout, 0)).isEqualTo("Institute for the Study of War (ISW)");
    }

    @Test
    void zeroWidthClustersDrawNothingAndALoneMarkGetsAPlaceholder() {
        ParagraphLayout layout = BidiLayout.layout("\u064Eب\u200Fج", 10, Mode.APP_UNSHAPED);
        List<Cell> cells = layout.lines().get(0).cells();
        assertThat(cells).extracting(Cell::text).containsExactly("ج", "ب", "\u25CC\u064E");
        assertThat(cells).extracting(Cell::start).containsExactly(3, 1, 0);
    }

    @Test
    void aSelectionCrossingADirectionChangeIsTwoPiecesOnOneLine() {
        // "إن KN" : the Arabic word is drawn right of the space, KN at the left end
        ParagraphLayout layout = BidiLayout.layout("إن KN", 5, Mode.APP_UNSHAPED);
        assertThat(Screens.row(layout, 0)).isEqualTo("KN نإ");
        assertThat(layout.columnsOf(1, 4)).containsExactly(new ColumnRange(0, 0, 1), new ColumnRange(0, 2, 4));
    }

    @Test
    void aLineSeparatorInsideTheParagraphEndsTheLine() {
        ParagraphLayout layout = BidiLayout.layout("قال\nبوتين", 40, Mode.APP_UNSHAPED);
        assertThat(layout.lines()).hasSize(2);
        assertThat(Screens.row(layout, 1).strip()).isEqualTo("نيتوب");
        assertThat(layout.lineOf(4)).isEqualTo(1);
    }

    @Test
    void anEmojiWiderThanTheLineGetsALineOfItsOwn() {
        ParagraphLayout layout = BidiLayout.layout("ب😀ت", 1, Mode.APP_UNSHAPED);
        assertThat(layout.lines()).extracting(Screens::row).containsExactly("ب", "😀", "ت");
        assertThat(layout.lineOf(1)).isEqualTo(1);
    }

    @Test
    void emptyParagraphHasOneEmptyLine() {
        ParagraphLayout layout = BidiLayout.layout("", 10, Mode.APP);
        assertThat(layout.lines()).hasSize(1);
        assertThat(layout.lines().get(0).cells()).isEmpty();
        assertThat(layout.lineOf(0)).isZero();
    }
}
