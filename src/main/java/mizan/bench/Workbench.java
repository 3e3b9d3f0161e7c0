package mizan.bench;

import mizan.model.LabelScheme;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.text.BidiLayout;
import mizan.text.Token;
import mizan.text.WordTokens;
import mizan.tui.Keymap;
import mizan.tui.Msg;
import mizan.tui.ParagraphData;
import mizan.tui.State;
import mizan.tui.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A workbench state on one long synthetic paragraph carrying entity spans, as after loading it. */
final class Workbench {

    static final LabelScheme SCHEME = LabelScheme.defaults();
    static final Keymap KEYS = Keymap.defaults(SCHEME);
    static final String DOC = "0123456789abcdef";
    static final String PARAGRAPH_ID = Paragraph.idOf(DOC, 1);

    private Workbench() {
    }

    /** The paragraph's word tokens, in reading order. */
    static List<Token> words(String text) {
        return WordTokens.tokens(text).stream().filter(Token::word).toList();
    }

    /** {@code count} two-word PERS/GPE entities, spread evenly over the paragraph. */
    static List<Span> spans(String pid, String text, int count) {
        List<Token> w = words(text);
        List<Span> out = new ArrayList<>(count);
        int step = Math.max(2, w.size() / count);
        for (int i = 0; i < count && i * step + 1 < w.size(); i++) {
            Token a = w.get(i * step + step / 2);
            Token b = w.get(Math.min(w.size() - 1, i * step + step / 2 + 1));
            out.add(Span.entity(i + 1, pid, "bench", a.start(), b.end(), i % 2 == 0 ? "PERS" : "GPE"));
        }
        return out;
    }

    static ParagraphData data(String text, Map<String, String> stance, List<Span> spans) {
        Paragraph p = new Paragraph(PARAGRAPH_ID, DOC, 1, text, false, null);
        return new ParagraphData(p, "عنوان المقال", 3, "فقرة قبلها.", "فقرة بعدها.", stance, spans, false, null,
                false, List.of());
    }

    /** The state after the paragraph loaded, at {@code cols}×{@code rows}, with a fixed clock. */
    static State loaded(ParagraphData data, int cols, int rows) {
        State s = State.initial("bench", SCHEME, KEYS, BidiLayout.Mode.APP, List.of("q-0", data.id(), "q-2"), 0,
                cols, rows, 1_000_000L);
        return Update.update(s, new Msg.Loaded(1, data, false, null, 0)).state();
    }

    static String stanceKey(String label) {
        return KEYS.keyOf(mizan.tui.Action.STANCE, label);
    }

    static String entityKey(String type) {
        return KEYS.keyOf(mizan.tui.Action.TAG_ENTITY, type);
    }
}
