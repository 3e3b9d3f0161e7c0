package mizan.tui;

import mizan.model.LabelScheme;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.text.ColumnRange;
import mizan.text.ParagraphLayout;
import mizan.text.Token;
import mizan.tui.State.Mode;
import mizan.tui.Update.Result;

import java.util.List;
import java.util.Optional;

/** Keys in the workbench's normal mode, dispatched through the key table. */
final class Normal {

    private Normal() {
    }

    static Result key(State s, Key key) {
        Optional<Keymap.Binding> found = s.keymap().lookup(key);
        if (found.isEmpty()) {
            return Result.of(s.withMessage("'" + key.name() + "' does nothing here; ? shows the keys").withError(false));
        }
        Keymap.Binding b = found.get();
        String pid = s.para().id();
        return switch (b.action()) {
            case STANCE -> stance(s, b.arg());
            case NEXT_TARGET -> Result.of(s.withTarget((s.target() + 1) % s.scheme().targets().size()));
            case PREV_TARGET -> Result.of(s.withTarget((s.target() + s.scheme().targets().size() - 1)
                    % s.scheme().targets().size()));
            case CURSOR_LEFT -> Result.of(clearSelection(moveWord(s, visualStep(s, -1))));
            case CURSOR_RIGHT -> Result.of(clearSelection(moveWord(s, visualStep(s, +1))));
            case CURSOR_UP -> Result.of(clearSelection(moveLine(s, -1)));
            case CURSOR_DOWN -> Result.of(clearSelection(moveLine(s, +1)));
            case CURSOR_HOME -> Result.of(clearSelection(s.withCursor(0)));
            case CURSOR_END -> Result.of(clearSelection(s.withCursor(Math.max(0, s.words().size() - 1))));
            case EXTEND_LEFT -> Result.of(extend(s, visualStep(s, -1)));
            case EXTEND_RIGHT -> Result.of(extend(s, visualStep(s, +1)));
            case START_BACK -> Result.of(edge(s, true, -1));
            case START_FORWARD -> Result.of(edge(s, true, +1));
            case END_BACK -> Result.of(edge(s, false, -1));
            case END_FORWARD -> Result.of(edge(s, false, +1));
            case CLEAR_SELECTION -> Result.of(clearSelection(s).withMessage(""));
            case TAG_ENTITY -> tag(s, b.arg());
            case MAKE_CLAIM -> {
                int[] r = s.targetRange();
                yield r == null ? Result.of(s) : Result.of(s.withMode(Mode.CLAIM_WORTHY)
                        .withClaim(new State.ClaimDraft(r[0], r[1], null, null)).withMessage("").withError(false));
            }
            case DELETE_SPAN -> delete(s);
            case UNDO -> write(s, new Effect.Undo());
            case TAKE_VERSION -> s.adjudicating() && !s.para().versions().isEmpty()
                    ? Result.of(s.withMode(Mode.TAKE_VERSION).withMessage("").withError(false))
                    : Result.of(s.withMessage("'" + b.key() + "' takes an annotator's version into gold when"
                            + " adjudicating (mizan adjudicate)").withError(false));
            case REDO -> write(s, new Effect.Redo());
            case NEXT_PARAGRAPH, NEXT_PARAGRAPH_ENTER -> s.index() + 1 < s.queue().size()
                    ? Result.of(s, new Effect.Load(s.index() + 1))
                    : Result.of(s.withMessage("this is the last paragraph of your queue").withError(false));
            case PREV_PARAGRAPH -> s.index() > 0 ? Result.of(s, new Effect.Load(s.index() - 1))
                    : Result.of(s.withMessage("this is the first paragraph of your queue").withError(false));
            case GOTO -> Result.of(s.withMode(Mode.GOTO).withInput(""));
            case SEARCH -> Result.of(s.withMode(Mode.SEARCH).withInput(""));
            case COMMENT -> Result.of(s.withMode(Mode.COMMENT).withInput(s.para().comment() == null ? ""
                    : s.para().comment()));
            case TOGGLE_BOILERPLATE -> write(s, new Effect.SetFlags(pid, !s.para().boilerplate(), s.para().comment()));
            case HELP -> Result.of(s.withMode(Mode.HELP).withHelpScroll(0));
            case QUIT, QUIT_CTRL_C -> Result.of(s, new Effect.Quit());
        };
    }

    static Result write(State s, Effect e) {
        return Result.of(s.withPending(s.pending() + 1).withMessage("saving…").withError(false), e);
    }

    private static Result stance(State s, String label) {
        LabelScheme.Target t = s.scheme().targets().get(s.target());
        if (label.equals(s.para().stance().get(t.id()))) {
            return Result.of(advanceTarget(s).withMessage(t.id() + " is already " + label).withError(false));
        }
        return write(advanceTarget(s), new Effect.SetStance(s.para().id(), t.id(), label));
    }

    /** After a stance, the next target without one (labeling three targets is three keys). */
    private static State advanceTarget(State s) {
        int n = s.scheme().targets().size();
        for (int i = s.target() + 1; i < n; i++) {
            if (!s.para().stance().containsKey(s.scheme().targets().get(i).id())) {
                return s.withTarget(i);
            }
        }
        return s;
    }

    private static Result tag(State s, String type) {
        int[] r = s.targetRange();
        if (r == null) {
            return Result.of(s);
        }
        boolean exists = s.para().spans().stream().anyMatch(sp -> sp.kind() == SpanKind.ENTITY
                && sp.start() == r[0] && sp.end() == r[1] && type.equals(sp.label()));
        if (exists) {
            return Result.of(clearSelection(s).withMessage("already tagged " + type).withError(false));
        }
        Span span = Span.entity(0, s.para().id(), s.annotator(), r[0], r[1], type);
        return write(clearSelection(s), new Effect.AddSpan(span));
    }

    private static Result delete(State s) {
        int[] r = s.targetRange();
        if (r == null) {
            return Result.of(s);
        }
        List<Span> at = Update.spansAt(s, r[0], r[1]);
        if (at.isEmpty()) {
            return Result.of(s.withMessage("no span under the cursor").withError(false));
        }
        return write(clearSelection(s), new Effect.DeleteSpan(s.para().id(), at.get(0).id()));
    }

    /** +1 moves to the next word in reading order; visual left is forward in right-to-left text. */
    private static int visualStep(State s, int visualDir) {
        boolean rtl = s.bidi() != mizan.text.BidiLayout.Mode.TERMINAL && View.layoutOf(s).rtl();
        return rtl ? -visualDir : visualDir;
    }

    private static State moveWord(State s, int dir) {
        int n = s.words().size();
        return s.withCursor(Math.max(0, Math.min(n - 1, s.cursor() + dir)));
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
        int width = layout.width();
        for (int d = 0; d < width; d++) {
            for (int c : new int[] {col - d, col + d}) {
                int cp = layout.cpAt(line, c);
                if (cp >= 0) {
                    int idx = wordAt(s.words(), cp);
                    if (idx >= 0) {
                        return s.withCursor(idx);
                    }
                }
            }
        }
        return s;
    }

    private static int wordAt(List<Token> words, int cp) {
        for (int i = 0; i < words.size(); i++) {
            if (cp >= words.get(i).start() && cp < words.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static State extend(State s, int dir) {
        int anchor = s.anchor() >= 0 ? s.anchor() : s.cursor();
        State n = moveWord(s, dir).withAnchor(anchor);
        List<Token> w = n.words();
        if (w.isEmpty()) {
            return n;
        }
        Token a = w.get(Math.min(anchor, n.cursor()));
        Token b = w.get(Math.max(anchor, n.cursor()));
        return n.withSelStart(a.start()).withSelEnd(b.end());
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
        if (a >= b) {
            return s.withSelStart(r[0]).withSelEnd(r[1]).withMessage("a span keeps at least one letter").withError(false);
        }
        return s.withSelStart(a).withSelEnd(b).withAnchor(s.anchor() >= 0 ? s.anchor() : s.cursor());
    }

    static State clearSelection(State s) {
        return s.withSelStart(-1).withSelEnd(-1).withAnchor(-1);
    }
}
