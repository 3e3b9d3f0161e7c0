package mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens from ICU's word BreakIterator for Arabic (the tokenizer named in CoNLL exports).
 * Every non-whitespace segment is a token. ICU does not split Arabic proclitics (و ف ب ل ك):
 * {@code وروسيا} is one token, so entity span edges are placed by grapheme, not by token.
 */
public final class WordTokens {

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(new ULocale("ar")));

    private WordTokens() {
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        BreakIterator it = WORDS.get();
        it.setText(text);
        int cp = 0;
        int start = it.first();
        // plain loops, not code-point streams: exports tokenize millions of paragraphs
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int length = 0;
            boolean white = true;
            boolean word = false;
            for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
                int c = text.codePointAt(i);
                white &= UCharacter.isUWhiteSpace(c);
                word |= UCharacter.isLetterOrDigit(c);
                length++;
            }
            if (!white) {
                out.add(new Token(cp, cp + length, text.substring(start, end), word));
            }
            cp += length;
        }
        return out;
    }
}
