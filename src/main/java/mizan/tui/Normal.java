package mizan.tui;

import mizan.model.LabelScheme;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.model.SpanRules;
import mizan.text.ColumnRange;
import mizan.text.ParagraphLayout;
import mizan.text.SpanEdges;
import mizan.text.Token;
import mizan.tui.State.Mode;
import mizan.tui.State.Prompt;
import mizan.tui.Waiting.Barrier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keys in the workbench's normal mode, dispatched through the key table. */
final class Normal {

    private Normal() {
    }

    static State key(State s, Key key, List<Effect> out) {
        Optional<Keymap.Binding> found = s.keymap().lookup(key);
        if (found.isEmpty()) {
            return s.info("'" + key.name() + "' does nothing here; " + s.keymap().keyOf(Action.HELP) + " shows the keys");
        }
        Keymap.Binding b = found.get();
        if (s.para() == null) {
            return withoutParagraph(s, b, out);
        }
        return switch (b.action()) {
            case STANCE -> stance(s, b.arg(), out);
            case CLEAR_STANCE -> clearStance(s, out);
            case NEXT_TARGET -> s.withCursor(s.cursor().withTarget((s.target() + 1) % targets(s)));
            case PREV_TARGET -> s.withCursor(s.cursor().withTarget((s.target() + targets(s) - 1) % targets(s)));
            case CURSOR_LEFT -> unselect(moveWord(s, visualStep(s, -1)));
            case CURSOR_RIGHT -> unselect(moveWord(s, visualStep(s, +1)));
            case CURSOR_UP -> unselect(moveLine(s, -1));
            case CURSOR_DOWN -> unselect(moveLine(s, +1));
            case CURSOR_HOME -> s.withCursor(s.cursor().withWord(0).unselected());
            case CURSOR_END -> s.withCursor(s.cursor().withWord(Math.max(0, s.words().size() - 1)).unselected());
            case EXTEND_LEFT -> extend(s, visualStep(s, -1));
            case EXTEND_RIGHT -> extend(s, visualStep(s, +1));
            case START_BACK -> edge(s, true, -1);
            case START_FORWARD -> edge(s, true, +1);
            case END_BACK -> edge(s, false, -1);
            case END_FORWARD -> edge(s, false, +1);
            case CLEAR_SELECTION -> unselect(s).info("");
            case TAG_ENTITY -> tag(s, b.arg(), out);
            case MAKE_CLAIM -> ClaimFlow.begin(s);
            case EDIT_CLAIM -> ClaimFlow.edit(s);
            case DELETE_SPAN -> delete(s, out);
            case UNDO -> revert(s, true, out);
            case REDO -> revert(s, false, out);
            case TAKE_VERSION -> s.adjudicating() && !s.para().data().versions().isEmpty()
                    ? s.withPrompt(Prompt.of(Mode.TAKE_VERSION, "")).info("")
                    : s.info("'" + b.key() + "' takes an annotator's version into gold when adjudicating"
                            + " (mizan adjudicate)");
            case NEXT_PARAGRAPH, PREV_PARAGRAPH, GOTO, SEARCH, SEARCH_NEXT, SEARCH_PREV, HELP, QUIT ->
                    withoutParagraph(s, b, out);
            case COMMENT -> s.withPrompt(Prompt.of(Mode.COMMENT, s.para().labels().comment() == null ? ""
                    : s.para().labels().comment()));
            case TOGGLE_BOILERPLATE -> {
                boolean now = !s.para().labels().boilerplate();
                yield Update.write(s, new Change.SetFlags(s.para().id(), now, s.para().labels().comment()),
                        now ? "flagged boilerplate" : "boilerplate flag removed", out);
            }
        };
    }

    /** The keys that need no paragraph: moving, searching, help and quitting. */
    private static State withoutParagraph(State s, Keymap.Binding b, List<Effect> out) {
        Queue q = s.queue();
        return switch (b.action()) {
            case NEXT_PARAGRAPH -> q.index() + 1 < q.size() ? Update.goTo(s, q.index() + 1, out)
                    : s.info(q.isEmpty() ? nothingAssigned(s) : "this is the last paragraph of your queue");
            case PREV_PARAGRAPH -> q.index() > 0 ? Update.goTo(s, q.index() - 1, out)
                    : s.info(q.isEmpty() ? nothingAssigned(s) : "this is the first paragraph of your queue");
            case GOTO -> s.withPrompt(Prompt.of(Mode.GOTO, ""));
            case SEARCH -> s.withPrompt(Prompt.of(Mode.SEARCH, ""));
            case SEARCH_NEXT -> searchAgain(s, true, out);
            case SEARCH_PREV -> searchAgain(s, false, out);
            case HELP -> s.withPrompt(new Prompt(Mode.HELP, "", 0));
            case QUIT -> Update.quit(s, out);
            default -> s.info(q.isEmpty() ? nothingAssigned(s) : "this paragraph could not be read; PgDn moves on");
        };
    }

    static String nothingAssigned(State s) {
        return s.adjudicating() ? "nothing to adjudicate" : "no paragraphs are assigned to you";
    }

    private static int targets(State s) {
        return Math.max(1, s.scheme().targets().size());
    }

    private static State stance(State s, String label, List<Effect> out) {
        LabelScheme.Target t = s.scheme().targets().get(s.target());
        Map<String, String> stance = s.para().labels().stance();
        if (label.equals(stance.get(t.id()))) {
            return advanceTarget(s).info(t.id() + " is already " + label);
        }
        State n = Update.write(s, new Change.SetStance(s.para().id(), t.id(), label), t.id() + " = " + label, out);
        return advanceTarget(n);
    }

    private static State clearStance(State s, List<Effect> out) {
        LabelScheme.Target t = s.scheme().targets().get(s.target());
        if (!s.para().labels().stance().containsKey(t.id())) {
            return s.info(t.id() + " has no stance to clear");
        }
        return Update.write(s, new Change.SetStance(s.para().id(), t.id(), null), t.id() + " cleared", out);
    }

    /** After a stance, the next target without one (labeling three targets is three keys). */
    private static State advanceTarget(State s) {
        int n = s.scheme().targets().size();
        Map<String, String> stance = s.para().labels().stance();
        for (int i = s.target() + 1; i < n; i++) {
            if (!stance.containsKey(s.scheme().targets().get(i).id())) {
                return s.withCursor(s.cursor().withTarget(i));
            }
        }
        return s;
    }

    private static State tag(State s, String type, List<Effect> out) {
        int[] r = s.targetRange();
        if (r == null) {
            return s;
        }
        String text = s.para().text();
        ParaLabels l = s.para().labels();
        Optional<Span> there = l.at(SpanKind.ENTITY, r[0], r[1]);
        if (there.isPresent() && type.equals(there.get().label())) {
            return afterTag(unselect(s), r[1]).info("already tagged " + type);
        }
        String what = type + " " + Update.quote(text, r[0], r[1]);
        if (there.isPresent()) {
            return afterTag(Update.write(unselect(s), new Change.TagEntity(s.para().id(), r[0], r[1], type),
                    there.get().label() + " → " + what, out), r[1]);
        }
        String bad = SpanEdges.problem(text, r[0], r[1]);
        if (bad == null) {
            Span candidate = Span.entity(0, s.para().id(), s.session().owner(), r[0], r[1], type);
            bad = SpanRules.refusal(l.spans(), candidate).orElse(null);
        }
        if (bad != null) {
            return s.withStatus(State.Status.error("not tagged: " + bad));
        }
        return afterTag(Update.write(unselect(s), new Change.TagEntity(s.para().id(), r[0], r[1], type), what, out),
                r[1]);
    }

    /** After tagging, the cursor goes to the next untagged word in reading order. */
    private static State afterTag(State s, int end) {
        List<Token> words = s.words();
        List<Span> entities = s.para().labels().entities();
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            if (w.start() >= end && entities.stream().noneMatch(e -> e.overlaps(w.start(), w.end()))) {
                return s.withCursor(s.cursor().withWord(i));
            }
        }
        return s;
    }

    private static State delete(State s, List<Effect> out) {
        int[] r = s.targetRange();
        if (r == null) {
            return s;
        }
        List<Span> at = Update.spansAt(s, r[0], r[1]);
        if (at.isEmpty()) {
            return s.info("no span under the cursor");
        }
        Span sp = at.get(0);
        ParaLabels l = s.para().labels();
        long citing = l.spans().stream().filter(c -> c.claimer() != null && c.claimer().entitySpanId() != null
                && c.claimer().entitySpanId() == sp.id()).count();
        if (citing > 0) {
            return s.withStatus(State.Status.error("this entity is the claimer of " + citing
                    + " claim(s); change or delete those claims first"));
        }
        String what = "deleted " + (sp.kind() == SpanKind.ENTITY ? sp.label() : "claim") + " "
                + Update.quote(s.para().text(), sp.start(), sp.end());
        return Update.write(unselect(s), new Change.DeleteSpan(s.para().id(), sp.kind(), sp.start(), sp.end()), what,
                out);
    }

    private static State revert(State s, boolean undo, List<Effect> out) {
        out.add(new Effect.Revert(undo, s.writes().nextSeq() - 1));
        return s.withWaiting(s.waiting().on(Barrier.UNDO)).info(undo ? "undoing…" : "redoing…");
    }

    private static State searchAgain(State s, boolean forward, List<Effect> out) {
        State.Search last = s.search();
        if (last.query().isEmpty()) {
            return s.info("nothing searched yet: " + s.keymap().keyOf(Action.SEARCH) + " searches");
        }
        return Prompts.search(s, last.query(), forward, out);
    }

    /** +1 moves to the next word in reading order; visual left is forward in right-to-left text. */
    private static int visualStep(State s, int visualDir) {
        boolean rtl = s.bidi() != mizan.text.BidiLayout.Mode.TERMINAL && View.layoutOf(s).rtl();
        return rtl ? -visualDir : visualDir;
    }

    private static State moveWord(State s, int dir) {
        int n = s.words().size();
        return s.withCursor(s.cursor().withWord(Math.max(0, Math.min(n - 1, s.cursor().word() + dir))));
    }

    private static State moveLine(State s, int dir) {
        Token w = Update.word(s);
        if (w == null) {
            return s;
        }
        ParagraphLayout layout = View.layoutOf(s);
        List<ColumnRange> cols = layout.columnsOf(w.start(), w.end());
        if (cols.isEmpty()) {
            return s;
        }
        ColumnRange at = cols.get(0);
        int line = at.line() + dir;
        if (line < 0 || line >= layout.lines().size()) {
            return s;
        }
        int col = (at.fromCol() + at.toCol()) / 2;
        for (int d = 0; d < layout.width(); d++) {
            for (int c : new int[] {col - d, col + d}) {
                int cp = layout.cpAt(line, c);
                if (cp >= 0) {
                    int idx = wordAt(s.words(), cp);
                    if (idx >= 0) {
                        return s.withCursor(s.cursor().withWord(idx));
                    }
                }
            }
        }
        return s;
    }

    /** The word holding code point {@code cp}, or the first word after it, or -1. */
    static int wordAt(List<Token> words, int cp) {
        for (int i = 0; i < words.size(); i++) {
            if (cp < words.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static State extend(State s, int dir) {
        int anchor = s.cursor().anchor() >= 0 ? s.cursor().anchor() : s.cursor().word();
        State n = moveWord(s, dir);
        List<Token> w = n.words();
        if (w.isEmpty()) {
            return n;
        }
        Token a = w.get(Math.min(anchor, n.cursor().word()));
        Token b = w.get(Math.max(anchor, n.cursor().word()));
        return n.withCursor(n.cursor().select(anchor, a.start(), b.end()));
    }

    private static State edge(State s, boolean start, int dir) {
        int[] r = s.targetRange();
        if (r == null) {
            return s;
        }
        String text = s.para().text();
        int a = r[0];
        int b = r[1];
        if (start) {
            a = Update.byGrapheme(text, a, dir);
        } else {
            b = Update.byGrapheme(text, b, dir);
        }
        int anchor = s.cursor().anchor() >= 0 ? s.cursor().anchor() : s.cursor().word();
        if (a >= b) {
            return s.withCursor(s.cursor().select(anchor, r[0], r[1])).info("a span keeps at least one letter");
        }
        return s.withCursor(s.cursor().select(anchor, a, b));
    }

    static State unselect(State s) {
        return s.withCursor(s.cursor().unselected());
    }
}
