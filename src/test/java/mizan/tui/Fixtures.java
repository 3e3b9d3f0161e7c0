package mizan.tui;

import mizan.TestFiles;
import mizan.model.Claimer;
import mizan.model.LabelScheme;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.text.BidiLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Workbench states built from the seed corpus, for update tests and golden screens. */
final class Fixtures {

    static final LabelScheme SCHEME = LabelScheme.defaults();
    static final Keymap KEYS = Keymap.defaults(SCHEME);

    /** A seed paragraph with a quotation: Gabuev on the war as Russia's organising principle. */
    static final String QUOTE_DOC = "000_a85c5ca27367db1f.txt";

    private Fixtures() {
    }

    static List<String> seedParagraphs(String file) {
        return TestFiles.read(TestFiles.seeds().resolve(file)).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).map(mizan.text.Nfc::normalize).toList();
    }

    static int cp(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in the paragraph: " + part);
        }
        return text.codePointCount(0, i);
    }

    static int cpEnd(String text, String part) {
        return cp(text, part) + part.codePointCount(0, part.length());
    }

    /** The paragraph of {@link #QUOTE_DOC} that quotes Gabuev, with two entities and a claim. */
    static Para quoteWithLabels() {
        List<String> paras = seedParagraphs(QUOTE_DOC);
        int index = 5;
        String text = paras.get(index);
        String pid = Paragraph.idOf("a85c5ca27367db1f", index);
        List<Span> spans = new ArrayList<>();
        spans.add(Span.entity(1, pid, "alice", cp(text, "ألكسندر جابويف"), cpEnd(text, "ألكسندر جابويف"), "PERS"));
        spans.add(Span.entity(2, pid, "alice", cp(text, "مركز كارنيجي"), cpEnd(text, "أوراسيا"), "ORG"));
        spans.add(Span.claim(3, pid, "alice", cp(text, "إن الحرب"), text.codePointCount(0, text.length()) - 1, true,
                Claimer.span(1), "AFFIRM"));
        Paragraph p = new Paragraph(pid, "a85c5ca27367db1f", index, text, false, null);
        return new Para(new ParagraphData(p, paras.get(0), paras.size(), paras.get(index - 1), paras.get(index + 1),
                List.of()), new ParaLabels(Map.of("MILCOOP", "FAVOR", "WAR_SUPPORT", "NEUTRAL"), spans, false, null));
    }

    /** The same paragraph with no labels yet. */
    static Para quoteUnlabeled() {
        return new Para(quoteWithLabels().data(), ParaLabels.EMPTY);
    }

    /** A mixed-direction paragraph: Arabic with a Latin acronym in parentheses, a date in digits, dashes. */
    static Para mixedDirection() {
        String file = "003_4fb5cd68fdc15878.txt";
        List<String> paras = seedParagraphs(file);
        String text = paras.get(1);
        String pid = Paragraph.idOf("4fb5cd68fdc15878", 1);
        List<Span> spans = List.of(
                Span.entity(1, pid, "alice", cp(text, "كييف"), cpEnd(text, "كييف"), "GPE"),
                Span.entity(2, pid, "alice", cp(text, "20 يونيو 2024"), cpEnd(text, "20 يونيو 2024"), "DATE"),
                Span.entity(3, pid, "alice", cp(text, "معهد دراسات الحرب"), cpEnd(text, "معهد دراسات الحرب"), "ORG"),
                Span.entity(4, pid, "alice", cp(text, "ISW"), cpEnd(text, "ISW"), "ORG"));
        Paragraph p = new Paragraph(pid, "4fb5cd68fdc15878", 1, text, false, null);
        return new Para(new ParagraphData(p, paras.get(0), paras.size(), paras.get(0), paras.get(2), List.of()),
                new ParaLabels(Map.of("MILCOOP", "NEUTRAL"), spans, false, null));
    }

    static State.Session session(String annotator, String owner) {
        return new State.Session(annotator, owner, SCHEME, KEYS, BidiLayout.Mode.APP, 256, new Memo(),
                "No paragraphs are assigned to " + annotator + ".\nDocuments are assigned by a lead, with:\n"
                        + "  mizan assign --db mizan.db");
    }

    /**
     * A state on the given paragraph, 8th of a 40-paragraph queue with 12 done, as after loading
     * it, with a fixed clock 20 minutes into the session and 30 labels saved.
     */
    static State state(Para para, int cols, int rows) {
        return state(session("alice", "alice"), para, cols, rows);
    }

    static State state(State.Session session, Para para, int cols, int rows) {
        List<String> queue = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queue.add("0000000000000000-" + (100 + i));
        }
        queue.set(7, para.id());
        java.util.Set<String> done = new java.util.HashSet<>(queue.subList(20, 32));
        State s = State.initial(session, queue, done, 7, cols, rows, 1_000_000L);
        s = Update.start(s).state();
        s = Update.update(s, new Msg.Loaded(para.data(), para.labels())).state();
        s = s.withWrites(new Writes(1, List.of(), -1, 30, Map.of(), false));
        return s.withClock(new State.Clock(1_000_000L, 1_000_000L + 20 * 60_000L));
    }

    static State press(State s, String... keys) {
        for (String k : keys) {
            s = Update.update(s, new Msg.KeyPressed(Key.of(k))).state();
        }
        return s;
    }
}
