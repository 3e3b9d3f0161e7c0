package mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellWidthTest {

    @Test
    void wordWithHarakatTakesOneCellPerLetter() {
        assertThat(CellWidth.of("كَتَبَ")).isEqualTo(3);
        assertThat(CellWidth.ofCluster("كَ")).isEqualTo(1);
    }

    @Test
    void harakatAndFormatCharactersTakeNoCell() {
        for (int mark : new int[] {0x064B, 0x064E, 0x0650, 0x0651, 0x0652, 0x0670}) {
            assertThat(CellWidth.of(mark)).as("U+%04X", mark).isZero();
        }
        for (int format : new int[] {0x200D, 0x200C, 0x200E, 0x200F, 0x061C, 0xFEFF}) {
            assertThat(CellWidth.of(format)).as("U+%04X", format).isZero();
        }
    }

    @Test
    void tatweelDigitsAndPersianLettersTakeOneCell() {
        assertThat(CellWidth.of(0x0640)).isEqualTo(1);
        assertThat(CellWidth.of("١٢٣")).isEqualTo(3);
        assertThat(CellWidth.of("۱۲۳")).isEqualTo(3);
        assertThat(CellWidth.of("پچژگکی")).isEqualTo(6);
        assertThat(CellWidth.of("ISW 2024")).isEqualTo(8);
    }

    @Test
    void emojiAndWideCharactersTakeTwoCells() {
        assertThat(CellWidth.of("😀".codePointAt(0))).isEqualTo(2);
        assertThat(CellWidth.of('中')).isEqualTo(2);
        assertThat(CellWidth.ofCluster("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(2);
        assertThat(CellWidth.ofCluster("\u2764\uFE0F")).isEqualTo(2); // heart + VS16 is drawn as emoji
        assertThat(CellWidth.ofCluster("\u2764")).isEqualTo(1);
    }

    @Test
    void loneMarkIsDrawnOnAPlaceholderAndLoneLrmNotAtAll() {
        assertThat(CellWidth.ofCluster("\u064E")).isEqualTo(1);
        assertThat(CellWidth.ofCluster("\u200E")).isZero();
    }

    @Test
    void everySeedLineTakesOneCellPerClusterAndHarakatAddNothing() {
        // the seeds hold harakat, tatweel and Arabic-Indic digits but no wide characters
        for (String line : Seeds.lines()) {
            long harakat = line.codePoints().filter(cp -> cp >= 0x064B && cp <= 0x0652).count();
            assertThat(CellWidth.of(line)).as(line)
                    .isEqualTo(Graphemes.clusters(line).size())
                    .isEqualTo(line.codePointCount(0, line.length()) - harakat);
        }
    }
}
