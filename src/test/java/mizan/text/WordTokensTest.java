package mizan.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordTokensTest {

    @Test
    void wordsAndPunctuationAreTokensAndSpacesAreNot() {
        List<Token> tokens = WordTokens.tokens("قال معهد ( ISW ) إن ٢٠٢٤، حسن.");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("قال", "معهد", "(", "ISW", ")", "إن", "٢٠٢٤", "،", "حسن", ".");
        assertThat(tokens).extracting(Token::word)
                .containsExactly(true, true, false, true, false, true, true, false, true, false);
    }

    @Test
    void procliticsStayAttached() {
        assertThat(WordTokens.tokens("وروسيا وبكين")).extracting(Token::text).containsExactly("وروسيا", "وبكين");
    }

    @Test
    void offsetsAreCodePointsThatSliceBackToTheToken() {
        String text = "😀 قال بوتين 😀 إن KN-23 أُطلق";
        int[] cps = text.codePoints().toArray();
        List<Token> tokens = WordTokens.tokens(text);
        assertThat(tokens).extracting(Token::text).contains("بوتين", "أُطلق", "KN", "23");
        for (Token t : tokens) {
            assertThat(new String(cps, t.start(), t.end() - t.start())).isEqualTo(t.text());
        }
        Token putin = tokens.stream().filter(t -> t.text().equals("بوتين")).findFirst().orElseThrow();
        assertThat(putin.start()).isEqualTo(6);
    }

    @Test
    void seedTokensCoverEveryNonSpaceCodePointInOrder() {
        for (String line : Seeds.lines()) {
            int[] cps = line.codePoints().toArray();
            int next = 0;
            for (Token t : WordTokens.tokens(line)) {
                for (int cp = next; cp < t.start(); cp++) {
                    assertThat(Character.isWhitespace(cps[cp]) || cps[cp] == 0xA0).as(line).isTrue();
                }
                assertThat(new String(cps, t.start(), t.end() - t.start())).isEqualTo(t.text());
                next = t.end();
            }
        }
    }
}
