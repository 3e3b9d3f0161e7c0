package mizan.tui;

import mizan.text.BidiLayout;
import mizan.text.ParagraphLayout;
import mizan.text.Token;
import mizan.text.WordTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session's remembered layouts and word lists: the view lays out the same paragraph at the
 * same width on every key, and bidi plus wrapping is the costliest part of a frame. A memo only
 * ever returns what the same inputs would compute, so the view stays a function of the state.
 * Each session has its own; SSH sessions never share one.
 */
public final class Memo {

    private record LayoutKey(String text, int width, BidiLayout.Mode mode) { }

    private static final int SIZE = 64;
    private final Map<LayoutKey, ParagraphLayout> layouts = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LayoutKey, ParagraphLayout> eldest) {
            return size() > SIZE;
        }
    };
    private String lastText;
    private List<Token> lastWords;

    public synchronized ParagraphLayout layout(String text, int width, BidiLayout.Mode mode) {
        return layouts.computeIfAbsent(new LayoutKey(text, width, mode),
                k -> BidiLayout.layout(k.text(), k.width(), k.mode()));
    }

    /** The word tokens of a text (the cursor's stops); all tokens when it has no word. */
    public synchronized List<Token> words(String text) {
        if (!text.equals(lastText)) {
            List<Token> words = WordTokens.tokens(text).stream().filter(Token::word).toList();
            lastWords = words.isEmpty() ? WordTokens.tokens(text) : words;
            lastText = text;
        }
        return lastWords;
    }
}
