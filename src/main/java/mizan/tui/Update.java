package mizan.tui;

import mizan.model.Span;
import mizan.text.Graphemes;
import mizan.text.Token;
import mizan.tui.State.Mode;

import java.util.List;

/**
 * The workbench's behaviour: {@code update(state, message)} returns the next state and the
 * effects for the runtime to run. Pure: no I/O, no clock, no terminal.
 */
public final class Update {

    /** The next state and what to do. */
    public record Result(State state, List<Effect> effects) {
        static Result of(State s, Effect... effects) {
            return new Result(s, List.of(effects));
        }
    }

    private Update() {
    }

    public static Result update(State s, Msg msg) {
        if (msg instanceof Msg.KeyPressed k) {
            return key(s, k.key());
        } else if (msg instanceof Msg.Resized r) {
            return Result.of(s.withCols(r.cols()).withRows(r.rows()));
        } else if (msg instanceof Msg.Tick t) {
            return Result.of(s.withNow(t.nowMillis()));
        } else if (msg instanceof Msg.Loaded l) {
            return Result.of(loaded(s, l));
        } else if (msg instanceof Msg.Failed f) {
            return Result.of(s.withPending(Math.max(0, s.pending() - (f.wasWrite() ? 1 : 0)))
                    .withMessage(f.message()).withError(true));
        }
        throw new IllegalArgumentException("unknown message " + msg);
    }

    private static State loaded(State s, Msg.Loaded l) {
        boolean samePara = s.para() != null && s.para().id().equals(l.data().id());
        State n = s.withPara(l.data()).withIndex(l.index() >= 0 ? l.index() : s.index());
        if (l.done() >= 0) {
            n = n.withDone(l.done());
        }
        if (!samePara) {
            n = n.withCursor(0).withAnchor(-1).withSelStart(-1).withSelEnd(-1).withTarget(firstOpenTarget(n))
                    .withMode(Mode.NORMAL);
        } else {
            n = n.withCursor(Math.min(n.cursor(), Math.max(0, n.words().size() - 1)));
        }
        if (l.saved()) {
            n = n.withPending(Math.max(0, n.pending() - 1)).withSessionLabels(n.sessionLabels() + 1);
        }
        if (l.message() != null) {
            n = n.withMessage(l.message()).withError(false);
        } else if (!samePara) {
            n = n.withMessage("").withError(false);
        }
        return n;
    }

    /** The first target without a stance, so a fresh paragraph starts where work is. */
    private static int firstOpenTarget(State s) {
        var targets = s.scheme().targets();
        for (int i = 0; i < targets.size(); i++) {
            if (!s.para().stance().containsKey(targets.get(i).id())) {
                return i;
            }
        }
        return 0;
    }

    private static Result key(State s, Key key) {
        return switch (s.mode()) {
            case NORMAL -> s.para() == null ? Result.of(s) : Normal.key(s, key);
            case HELP -> help(s, key);
            case CLAIM_WORTHY, CLAIM_CLAIMER, CLAIM_STANCE -> ClaimFlow.key(s, key);
            case TAKE_VERSION -> takeVersion(s, key);
            case GOTO, SEARCH, COMMENT -> prompt(s, key);
        };
    }

    private static Result takeVersion(State s, Key key) {
        String k = key.name();
        var versions = s.para().versions();
        if (k.length() == 1 && k.charAt(0) >= '1' && k.charAt(0) <= '9' && k.charAt(0) - '1' < versions.size()) {
            String who = versions.get(k.charAt(0) - '1').annotator();
            return Normal.write(s.withMode(Mode.NORMAL), new Effect.TakeVersion(s.para().id(), who));
        }
        return Result.of(s.withMode(Mode.NORMAL).withMessage("cancelled").withError(false));
    }

    private static Result help(State s, Key key) {
        return switch (key.name()) {
            case "Down" -> Result.of(s.withHelpScroll(s.helpScroll() + 1));
            case "Up" -> Result.of(s.withHelpScroll(Math.max(0, s.helpScroll() - 1)));
            case "PgDn", " " -> Result.of(s.withHelpScroll(s.helpScroll() + Math.max(1, s.rows() - 4)));
            case "PgUp" -> Result.of(s.withHelpScroll(Math.max(0, s.helpScroll() - Math.max(1, s.rows() - 4))));
            default -> Result.of(s.withMode(Mode.NORMAL).withHelpScroll(0));
        };
    }

    private static Result prompt(State s, Key key) {
        String name = key.name();
        if (name.equals("Esc") || name.equals("C-c")) {
            return Result.of(s.withMode(Mode.NORMAL).withInput("").withMessage("cancelled").withError(false));
        }
        if (name.equals("Backspace")) {
            String in = s.input();
            return Result.of(s.withInput(in.isEmpty() ? in : in.substring(0, in.offsetByCodePoints(in.length(), -1))));
        }
        if (name.equals("Enter")) {
            State n = s.withMode(Mode.NORMAL).withInput("");
            String in = s.input().strip();
            return switch (s.mode()) {
                case GOTO -> in.isEmpty() ? Result.of(n) : Result.of(n.withMessage("going to " + in), new Effect.Goto(in));
                case SEARCH -> in.isEmpty() ? Result.of(n)
                        : Result.of(n.withMessage("searching for " + in), new Effect.Search(in, s.index()));
                default -> Result.of(n.withPending(n.pending() + 1).withMessage("saving…"),
                        new Effect.SetFlags(s.para().id(), s.para().boilerplate(), in));
            };
        }
        if (key.isChar() || name.equals("Space")) {
            return Result.of(s.withInput(s.input() + (key.isChar() ? name : " ")));
        }
        return Result.of(s);
    }

    /** Moves a code-point offset by one grapheme cluster in the paragraph's text. */
    static int byGrapheme(String text, int cp, int dir) {
        int n = text.codePointCount(0, text.length());
        if (dir < 0) {
            return cp <= 0 ? 0 : Graphemes.previousBoundary(text, cp);
        }
        return cp >= n ? n : Graphemes.nextBoundary(text, cp);
    }

    /** The spans of the current paragraph that overlap [start, end), smallest first. */
    static List<Span> spansAt(State s, int start, int end) {
        return s.para().spans().stream().filter(sp -> sp.overlaps(start, end))
                .sorted((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).toList();
    }

    static Token word(State s) {
        List<Token> w = s.words();
        return w.isEmpty() ? null : w.get(Math.min(s.cursor(), w.size() - 1));
    }
}
