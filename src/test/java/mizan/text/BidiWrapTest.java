package mizan.text;

import mizan.text.BidiLayout.Mode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrapping every seed paragraph: widths hold, nothing is lost or drawn twice, cells map back. */
class BidiWrapTest {

    private static final int[] WIDTHS = {20, 40, 80};

    @Test
    void linesNeverExceedTheWidthAndRtlLinesEndAtTheLastColumn() {
        for (String paragraph : paragraphs()) {
            for (int width : WIDTHS) {
                ParagraphLayout layout = BidiLayout.layout(paragraph, width, Mode.APP);
                for (VisualLine line : layout.lines()) {
                    assertThat(line.indent() + line.cellWidth()).as("%d: %s", width, paragraph).isLessThanOrEqualTo(width);
                    if (layout.rtl()) {
                        assertThat(line.indent() + line.cellWidth()).isEqualTo(width);
                    }
                }
            }
        }
    }

    @Test
    void everyNonSpaceCodePointIsDrawnExactlyOnceInEveryMode() {
        for (String paragraph : paragraphs()) {
            int[] cps = paragraph.codePoints().toArray();
            for (Mode mode : Mode.values()) {
                for (int width : WIDTHS) {
                    int[] drawn = new int[cps.length];
                    BidiLayout.layout(paragraph, width, mode).lines().forEach(line -> line.cells().forEach(cell -> {
                        for (int cp = cell.start(); cp < cell.end(); cp++) {
                            drawn[cp]++;
                        }
                    }));
                    for (int cp = 0; cp < cps.length; cp++) {
                        int expected = Character.isWhitespace(cps[cp]) || cps[cp] == 0xA0 ? drawn[cp] : 1;
                        assertThat(drawn[cp]).as("%s %d: code point %d of %s", mode, width, cp, paragraph)
                                .isEqualTo(expected).isLessThanOrEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void linesCoverTheParagraphInLogicalOrderAndHoldOnlyTheirOwnCells() {
        for (String paragraph : paragraphs()) {
            ParagraphLayout layout = BidiLayout.layout(paragraph, 20, Mode.APP);
            List<VisualLine> lines = layout.lines();
            assertThat(lines.get(0).startCp()).isZero();
            assertThat(lines.get(lines.size() - 1).endCp()).isEqualTo(paragraph.codePointCount(0, paragraph.length()));
            for (int i = 0; i < lines.size(); i++) {
                VisualLine line = lines.get(i);
                if (i > 0) {
                    assertThat(line.startCp()).isEqualTo(lines.get(i - 1).endCp());
                }
                for (Cell cell : line.cells()) {
                    assertThat(cell.start()).isGreaterThanOrEqualTo(line.startCp());
                    assertThat(cell.end()).isLessThanOrEqualTo(line.endCp());
                    assertThat(layout.lineOf(cell.start())).isEqualTo(i);
                }
            }
        }
    }

    @Test
    void eachCellRoundTripsBetweenColumnsAndOffsets() {
        for (String paragraph : paragraphs()) {
            for (int width : WIDTHS) {
                assertRoundTrips(BidiLayout.layout(paragraph, width, Mode.APP));
            }
        }
    }

    private static void assertRoundTrips(ParagraphLayout layout) {
        for (int i = 0; i < layout.lines().size(); i++) {
            VisualLine line = layout.lines().get(i);
            int col = line.indent();
            for (Cell cell : line.cells()) {
                for (int c = col; c < col + cell.width(); c++) {
                    assertThat(layout.cpAt(i, c)).isEqualTo(cell.start());
                }
                assertThat(layout.columnsOf(cell.start(), cell.end()))
                        .containsExactly(new ColumnRange(i, col, col + cell.width()));
                col += cell.width();
            }
        }
    }

    @Test
    void aSelectionAcrossALineBreakIsDrawnOnBothLines() {
        String paragraph = "يأتي اجتماع القمة الذي سيعقد يوم الأربعاء بين الرئيس الروسي فلاديمير بوتين";
        ParagraphLayout layout = BidiLayout.layout(paragraph, 20, Mode.APP);
        VisualLine first = layout.lines().get(0);
        VisualLine second = layout.lines().get(1);
        assertThat(Offsets.substring(paragraph, first.startCp(), first.endCp())).isEqualTo("يأتي اجتماع القمة ");
        // the last word of the first line and the first word of the second
        int start = paragraph.indexOf("القمة");
        int end = paragraph.indexOf("الذي") + "الذي".length();
        assertThat(layout.columnsOf(start, end)).containsExactly(
                new ColumnRange(0, first.indent(), first.indent() + 5), // logical end of an RTL line is its left
                new ColumnRange(1, 20 - 4, 20));                       // logical start of the next is its right
        assertThat(second.cells().get(second.cells().size() - 1).start()).isEqualTo(paragraph.indexOf("الذي"));
    }

    @Test
    void aWordWiderThanTheLineIsBrokenBetweenClusters() {
        String word = "الأمممممممممممممممممممَّتحدة"; // no break opportunity inside
        ParagraphLayout layout = BidiLayout.layout(word, 10, Mode.APP);
        assertThat(layout.lines()).hasSizeGreaterThan(2);
        for (VisualLine line : layout.lines()) {
            assertThat(line.cellWidth()).isLessThanOrEqualTo(10);
            line.cells().forEach(cell -> assertThat(Graphemes.isBoundary(word, cell.start())).isTrue());
        }
        assertThat(layout.lines().get(0).cellWidth()).isEqualTo(10);
    }

    private static List<String> paragraphs() {
        return Seeds.lines();
    }
}
