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
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String segment = text.substring(start, end);
            int length = segment.codePointCount(0, segment.length());
            if (!segment.codePoints().allMatch(UCharacter::isUWhiteSpace)) {
                boolean word = segment.codePoints().anyMatch(UCharacter::isLetterOrDigit);
                out.add(new Token(cp, cp + length, segment, word));
            }
            cp += length;
        }
        return out;
    }
}
