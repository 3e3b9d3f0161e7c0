package mizan.bench;

import mizan.model.LabelScheme;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.text.BidiLayout;
import mizan.text.Token;
import mizan.text.WordTokens;
import mizan.tui.Keymap;
import mizan.tui.Msg;
import mizan.tui.Effect;
import mizan.tui.Memo;
import mizan.tui.Para;
import mizan.tui.ParaLabels;
import mizan.tui.ParagraphData;
import mizan.tui.State;
import mizan.tui.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    static ParagraphData data(String text) {
        Paragraph p = new Paragraph(PARAGRAPH_ID, DOC, 1, text, false, null);
        return new ParagraphData(p, "عنوان المقال", 3, "فقرة قبلها.", "فقرة بعدها.", List.of());
    }

    static ParaLabels labels(Map<String, String> stance, List<Span> spans) {
        return new ParaLabels(stance, spans, false, null);
    }

    /** The state after the paragraph loaded, at {@code cols}×{@code rows}, with a fixed clock. */
    static State loaded(ParagraphData data, ParaLabels labels, int cols, int rows) {
        State.Session session = new State.Session("bench", "bench", SCHEME, KEYS, BidiLayout.Mode.APP, 256, new Memo(),
                "");
        State s = State.initial(session, List.of("q-0", data.id(), "q-2"), Set.of(), 1, cols, rows, 1_000_000L);
        s = Update.start(s).state();
        return Update.update(s, new Msg.Loaded(data, labels)).state();
    }

    /**
     * The state after a message, with every change it sent answered as saved, as the store
     * answers a commit: what a frame shows when the commit lands within the frame.
     */
    static State answered(State s, Msg m) {
        Update.Result r = Update.update(s, m);
        State n = r.state();
        for (var e : r.effects()) {
            if (e instanceof Effect.Write w) {
                Para p = n.paragraphs().get(w.change().paragraphId());
                n = Update.update(n, new Msg.Saved(w.seq(), p.id(), p.labels(), false)).state();
            }
        }
        return n;
    }

    static String stanceKey(String label) {
        return KEYS.keyOf(mizan.tui.Action.STANCE, label);
    }

    static String entityKey(String type) {
        return KEYS.keyOf(mizan.tui.Action.TAG_ENTITY, type);
    }
}
