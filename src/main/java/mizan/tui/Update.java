package mizan.tui;

import mizan.text.Graphemes;
import mizan.text.Token;
import mizan.tui.State.Cursor;
import mizan.tui.State.Mode;
import mizan.tui.State.Prompt;
import mizan.tui.Waiting.Barrier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench's behaviour: {@code update(state, message)} returns the next state and the
 * effects for the runtime to run. Pure: no I/O, no clock, no terminal.
 *
 * <p>Every key is judged against the state the keys before it produced (DESIGN.md, "The workbench
 * loop"). A label key changes the labels here at once and sends the change to the store; the
 * store's answer only confirms it, or rolls it back with the failure shown. A key that needs
 * what is not known yet (a paragraph still loading, an undo's result, a search hit) waits in
 * order and is handled when the answer arrives, so keys delivered in any bursts do what the same
 * keys delivered one at a time do.
 */
public final class Update {

    /** The next state and what to do. */
    public record Result(State state, List<Effect> effects) { }

    /** Paragraphs kept in memory around the position, besides any with changes on their way. */
    static final int KEEP_AROUND = 3;
    static final int PREFETCH = 2;

    private Update() {
    }

    /** The first step: open the queue at its start position. */
    public static Result start(State s) {
        List<Effect> out = new ArrayList<>();
        State n = s.queue().isEmpty() ? s : goTo(s, s.queue().index(), out);
        return new Result(n, out);
    }

    public static Result update(State s, Msg msg) {
        List<Effect> out = new ArrayList<>();
        State n;
        if (msg instanceof Msg.KeyPressed k) {
            n = s.waiting().blocked() ? s.withWaiting(s.waiting().hold(k.key())) : key(s, k.key(), out);
        } else if (msg instanceof Msg.Resized r) {
            n = s.withScreen(new State.Screen(r.cols(), r.rows()));
        } else if (msg instanceof Msg.Tick t) {
            n = s.withClock(new State.Clock(s.clock().startedAt(), t.nowMillis()));
        } else if (msg instanceof Msg.Loaded l) {
            n = loaded(s, l.data(), l.labels());
        } else if (msg instanceof Msg.LoadFailed f) {
            n = loadFailed(s, f);
        } else if (msg instanceof Msg.Saved sv) {
            n = Answers.saved(s, sv, out);
        } else if (msg instanceof Msg.WriteFailed f) {
            n = Answers.failed(s, f);
        } else if (msg instanceof Msg.Reverted r) {
            n = Answers.reverted(s, r, out);
        } else if (msg instanceof Msg.Found f) {
            n = Answers.found(s, f, out);
        } else {
            throw new IllegalArgumentException("unknown message " + msg);
        }
        n = drain(n, out);
        n = quitIfDone(n, out);
        return new Result(n, List.copyOf(out));
    }

    /** Handles held keys, in order, while nothing blocks them. */
    private static State drain(State s, List<Effect> out) {
        State n = s;
        while (!n.waiting().blocked() && !n.waiting().keys().isEmpty()) {
            Key k = n.waiting().keys().get(0);
            n = key(n.withWaiting(n.waiting().rest()), k, out);
        }
        return n;
    }

    private static State quitIfDone(State s, List<Effect> out) {
        if (s.writes().quitting() && !s.writes().saving() && !s.waiting().blocked()
                && out.stream().noneMatch(e -> e instanceof Effect.Quit)) {
            out.add(new Effect.Quit());
        }
        return s;
    }

    /** Asks to quit: at once when every change is saved, else once they are. */
    static State quit(State s, List<Effect> out) {
        if (!s.writes().saving()) {
            out.add(new Effect.Quit());
            return s;
        }
        int n = s.writes().unconfirmed().size();
        return s.withWrites(s.writes().quitting(true))
                .info("saving… " + n + " change" + (n == 1 ? "" : "s") + " not yet on disk; quitting when saved");
    }

    private static State key(State s, Key key, List<Effect> out) {
        return switch (s.mode()) {
            case NORMAL -> Normal.key(s, key, out);
            case HELP -> help(s, key);
            case CLAIM_WORTHY, CLAIM_CLAIMER, CLAIM_STANCE -> ClaimFlow.key(s, key, out);
            case TAKE_VERSION -> takeVersion(s, key, out);
            case GOTO, SEARCH, COMMENT -> Prompts.key(s, key, out);
        };
    }

    // --- paragraphs arriving and moving ---

    private static State loaded(State s, ParagraphData data, ParaLabels labels) {
        String id = data.id();
        State n = s.withWaiting(s.waiting().loading(id, false));
        if (n.paragraphs().containsKey(id)) {
            return n; // already here, with the labels as intended
        }
        Map<String, Para> ps = new HashMap<>(n.paragraphs());
        ps.put(id, new Para(data, labels));
        n = n.withParagraphs(Map.copyOf(ps));
        if (id.equals(n.queue().currentId())) {
            n = arrived(n);
            if (n.waiting().barrier() == Barrier.PARAGRAPH) {
                n = n.withWaiting(n.waiting().on(Barrier.NONE));
            }
        }
        return n;
    }

    private static State loadFailed(State s, Msg.LoadFailed f) {
        State n = s.withWaiting(s.waiting().loading(f.paragraphId(), false));
        if (f.paragraphId().equals(n.queue().currentId()) && n.waiting().barrier() == Barrier.PARAGRAPH) {
            n = n.withWaiting(n.waiting().on(Barrier.NONE))
                    .withStatus(State.Status.error("cannot read this paragraph: " + f.reason()));
        }
        return n;
    }

    /** The current paragraph is in memory: start on its first target without a stance. */
    static State arrived(State s) {
        Para p = s.para();
        var targets = s.scheme().targets();
        int open = 0;
        for (int i = 0; i < targets.size(); i++) {
            if (!p.labels().stance().containsKey(targets.get(i).id())) {
                open = i;
                break;
            }
        }
        State n = s.withCursor(Cursor.at(0, open));
        State.Search hit = n.search();
        if (hit.paragraphId() != null && hit.paragraphId().equals(p.id()) && hit.start() >= 0) {
            int w = Normal.wordAt(n.words(), hit.start());
            n = n.withCursor(n.cursor().withWord(Math.max(0, w)));
        }
        return n;
    }

    /** Moves to a queue position at once; the paragraph is loaded if it is not in memory. */
    static State goTo(State s, int index, List<Effect> out) {
        State n = s.withQueue(s.queue().at(index)).withPrompt(Prompt.NORMAL).withClaim(null);
        n = evict(n);
        String id = n.queue().currentId();
        if (n.paragraphs().containsKey(id)) {
            n = arrived(n);
        } else {
            n = n.withCursor(Cursor.at(0, 0)).withWaiting(n.waiting().on(Barrier.PARAGRAPH));
            n = request(n, id, out);
        }
        for (int d = 1; d <= PREFETCH; d++) {
            n = prefetch(n, n.queue().index() + d, out);
        }
        n = prefetch(n, n.queue().index() - 1, out);
        out.add(new Effect.Remember(id));
        return n;
    }

    private static State prefetch(State s, int index, List<Effect> out) {
        String id = s.queue().idAt(index);
        return id == null || s.paragraphs().containsKey(id) ? s : request(s, id, out);
    }

    private static State request(State s, String id, List<Effect> out) {
        if (s.waiting().loading().contains(id)) {
            return s;
        }
        out.add(new Effect.Load(id));
        return s.withWaiting(s.waiting().loading(id, true));
    }

    /** Forgets paragraphs far from the position, keeping any whose changes are on their way. */
    private static State evict(State s) {
        if (s.paragraphs().size() <= 4 * KEEP_AROUND) {
            return s;
        }
        int at = s.queue().index();
        Map<String, Para> keep = new HashMap<>();
        for (var e : s.paragraphs().entrySet()) {
            int i = s.queue().indexOf(e.getKey());
            if ((i >= 0 && Math.abs(i - at) <= KEEP_AROUND) || s.writes().touches(e.getKey())) {
                keep.put(e.getKey(), e.getValue());
            }
        }
        return s.withParagraphs(Map.copyOf(keep));
    }

    // --- writing ---

    /** Applies a change to the intended labels at once and sends it to the store. */
    static State write(State s, Change c, String what, List<Effect> out) {
        Para p = s.paragraphs().get(c.paragraphId());
        long[] temp = {s.writes().nextTempId()};
        ParaLabels labels = Change.apply(c, p, s.session().owner(), () -> temp[0]--);
        Writes w = s.writes();
        out.add(new Effect.Write(w.nextSeq(), c));
        w = w.sent(c, what).withTempId(temp[0]);
        State n = s.withWrites(w).withParagraphs(put(s.paragraphs(), p.withLabels(labels)));
        n = n.withQueue(n.queue().withFinished(p.id(), finished(n, labels, false, p.id())));
        return n.info("saving… " + what);
    }

    /** Whether a paragraph counts as done: every target has a stance or it is flagged; when adjudicating, decided. */
    static boolean finished(State s, ParaLabels l, boolean storeSays, String paragraphId) {
        if (s.adjudicating()) {
            return storeSays || s.writes().touches(paragraphId);
        }
        return l.boilerplate() || l.stance().size() >= s.scheme().targets().size();
    }

    static Map<String, Para> put(Map<String, Para> ps, Para p) {
        Map<String, Para> m = new HashMap<>(ps);
        m.put(p.id(), p);
        return Map.copyOf(m);
    }

    // --- small modes ---

    private static State takeVersion(State s, Key key, List<Effect> out) {
        String k = key.name();
        var versions = s.para().data().versions();
        State n = s.withPrompt(Prompt.NORMAL);
        if (k.length() == 1 && k.charAt(0) >= '1' && k.charAt(0) <= '9' && k.charAt(0) - '1' < versions.size()) {
            String who = versions.get(k.charAt(0) - '1').annotator();
            return write(n, new Change.TakeVersion(s.para().id(), who), "gold = " + who + "'s version", out);
        }
        return n.info("cancelled");
    }

    private static State help(State s, Key key) {
        Prompt p = s.prompt();
        int page = Math.max(1, s.rows() - 4);
        return switch (key.name()) {
            case "Down" -> s.withPrompt(new Prompt(Mode.HELP, "", p.helpScroll() + 1));
            case "Up" -> s.withPrompt(new Prompt(Mode.HELP, "", Math.max(0, p.helpScroll() - 1)));
            case "PgDn", " " -> s.withPrompt(new Prompt(Mode.HELP, "", p.helpScroll() + page));
            case "PgUp" -> s.withPrompt(new Prompt(Mode.HELP, "", Math.max(0, p.helpScroll() - page)));
            default -> s.withPrompt(Prompt.NORMAL);
        };
    }

    // --- helpers shared by the modes ---

    /** Moves a code-point offset by one grapheme cluster in the paragraph's text. */
    static int byGrapheme(String text, int cp, int dir) {
        int n = text.codePointCount(0, text.length());
        if (dir < 0) {
            return cp <= 0 ? 0 : Graphemes.previousBoundary(text, cp);
        }
        return cp >= n ? n : Graphemes.nextBoundary(text, cp);
    }

    /** The spans of the current paragraph that overlap [start, end), smallest first. */
    static List<mizan.model.Span> spansAt(State s, int start, int end) {
        return s.para().labels().spans().stream().filter(sp -> sp.overlaps(start, end))
                .sorted((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).toList();
    }

    static Token word(State s) {
        List<Token> w = s.words();
        return w.isEmpty() ? null : w.get(Math.min(s.cursor().word(), w.size() - 1));
    }

    /** A piece of the paragraph for a message, bidi-isolated so the words around it keep their places. */
    static String quote(String text, int startCp, int endCp) {
        int a = text.offsetByCodePoints(0, startCp);
        int b = text.offsetByCodePoints(a, endCp - startCp);
        String t = text.substring(a, b);
        return "«\u2068" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "\u2069»";
    }
}
