package mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicShaperTest {

    @Test
    void everySeedLineKeepsItsLengthAndItsNonLetters() {
        for (String line : Seeds.lines()) {
            String shaped = ArabicShaper.shape(line);
            assertThat(shaped.length()).as(line).isEqualTo(line.length());
            assertThat(shaped.codePointCount(0, shaped.length())).isEqualTo(line.codePointCount(0, line.length()));
            assertThat(CellWidth.of(shaped)).isEqualTo(CellWidth.of(line));
            for (int i = 0; i < line.length(); i++) {
                if (!Character.isLetter(line.charAt(i))) {
                    assertThat(shaped.charAt(i)).isEqualTo(line.charAt(i));
                }
            }
        }
    }

    @Test
    void putinJoinsExceptAfterTheRightJoiningWaw() {
        // beh initial, waw final (waw never joins the letter after it), teh initial, yeh medial, noon final
        assertThat(codePoints(ArabicShaper.shape("بوتين"))).containsExactly(0xFE91, 0xFEEE, 0xFE97, 0xFEF4, 0xFEE6);
    }

    @Test
    void dualJoiningLettersTakeInitialMedialFinal() {
        assertThat(codePoints(ArabicShaper.shape("بتث"))).containsExactly(0xFE91, 0xFE98, 0xFE9A);
        assertThat(codePoints(ArabicShaper.shape("ب"))).containsExactly(0xFE8F);
    }

    @Test
    void lamAlefStaysTwoLettersInTwoCells() {
        String shaped = ArabicShaper.shape("لا");
        assertThat(codePoints(shaped)).containsExactly(0xFEDF, 0xFE8E);
        assertThat(CellWidth.of(shaped)).isEqualTo(2);
    }

    @Test
    void aLetterAfterANonJoiningLetterStartsANewForm() {
        int[] isolated = {0xFE8D, 0xFEA9, 0xFEAB, 0xFEAD, 0xFEAF, 0xFEED}; // ا د ذ ر ز و
        String rightJoiners = "ادذرزو";
        for (int i = 0; i < rightJoiners.length(); i++) {
            String word = rightJoiners.charAt(i) + "بت";
            assertThat(codePoints(ArabicShaper.shape(word))).as(word).containsExactly(isolated[i], 0xFE91, 0xFE96);
        }
    }

    @Test
    void harakatBetweenLettersDoNotBreakJoining() {
        assertThat(codePoints(ArabicShaper.shape("كَتَبَ")))
                .containsExactly(0xFEDB, 0x064E, 0xFE98, 0x064E, 0xFE90, 0x064E);
    }

    @Test
    void persianLettersAndTatweelJoin() {
        assertThat(codePoints(ArabicShaper.shape("پی"))).containsExactly(0xFB58, 0xFBFD);
        assertThat(codePoints(ArabicShaper.shape("گک"))).containsExactly(0xFB94, 0xFB8F);
        assertThat(codePoints(ArabicShaper.shape("بـب"))).containsExactly(0xFE91, 0x0640, 0xFE90);
    }

    @Test
    void spacesAndNonArabicEndAWord() {
        assertThat(codePoints(ArabicShaper.shape("ب ب"))).containsExactly(0xFE8F, 0x20, 0xFE8F);
        assertThat(ArabicShaper.shape("ISW 2024 ١٢٣")).isEqualTo("ISW 2024 ١٢٣");
    }

    @Test
    void aLetterWithoutPresentationFormsIsLeftButStillJoins() {
        // U+08A0 BEH WITH SMALL V BELOW is dual-joining but has no presentation forms
        assertThat(codePoints(ArabicShaper.shape("ب\u08A0ب"))).containsExactly(0xFE91, 0x08A0, 0xFE90);
    }

    private static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }
}
