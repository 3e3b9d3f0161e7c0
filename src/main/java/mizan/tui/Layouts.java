package mizan.tui;

import mizan.text.BidiLayout;
import mizan.text.ParagraphLayout;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recent layouts: the view lays out the same paragraph at the same width on every
 * keystroke, and bidi plus wrapping is the costliest part of a frame.
 */
final class Layouts {

    private record Key(String text, int width, BidiLayout.Mode mode) { }

    private static final int SIZE = 64;
    private static final Map<Key, ParagraphLayout> CACHE = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ParagraphLayout> eldest) {
            return size() > SIZE;
        }
    };

    private Layouts() {
    }

    static synchronized ParagraphLayout get(String text, int width, BidiLayout.Mode mode) {
        return CACHE.computeIfAbsent(new Key(text, width, mode), k -> BidiLayout.layout(k.text(), k.width(), k.mode()));
    }
}
