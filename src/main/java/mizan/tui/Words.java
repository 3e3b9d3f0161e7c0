package mizan.tui;

import mizan.text.Token;
import mizan.text.WordTokens;

import java.util.List;

/** The word tokens of a paragraph (the cursor's stops), remembered for the last text asked. */
final class Words {

    private static String lastText;
    private static List<Token> lastWords;

    private Words() {
    }

    static synchronized List<Token> of(String text) {
        if (text != lastText) {
            List<Token> words = WordTokens.tokens(text).stream().filter(Token::word).toList();
            lastWords = words.isEmpty() ? WordTokens.tokens(text) : words;
            lastText = text;
        }
        return lastWords;
    }
}
