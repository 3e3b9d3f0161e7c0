package mizan.tui;

import mizan.model.LabelScheme;
import mizan.text.BidiLayout;
import mizan.text.Token;

import java.util.List;
import java.util.Map;

/**
 * Everything the workbench screen shows, as one immutable value made of a few small records.
 * {@link Update} makes a new one from a message; {@link View} draws one. Nothing here does I/O.
 *
 * <p>The state is what the annotator has asked for so far (DESIGN.md, "The workbench loop"): a
 * label key changes the labels here at once, and the store is told afterwards. What the store
 * has confirmed is tracked in {@link Writes}.
 *
 * @param session    who labels whose labels, with which scheme and keys
 * @param screen     the terminal's size
 * @param queue      the paragraphs to walk and where the annotator is
 * @param paragraphs the paragraphs in memory, by id, with their intended labels
 * @param cursor     the word under the cursor and the selection
 * @param prompt     the keyboard's mode and what is typed at a prompt
 * @param claim      the claim being described or edited, in the claim modes
 * @param status     the status line
 * @param writes     changes sent to the store and not yet confirmed, and what was confirmed
 * @param waiting    keys held until a paragraph arrives or an undo or search answers
 * @param search     the last search and its hit on screen
 * @param clock      session start and now, for the pace shown in the header
 */
public record State(Session session, Screen screen, Queue queue, Map<String, Para> paragraphs, Cursor cursor,
                    Prompt prompt, ClaimDraft claim, Status status, Writes writes, Waiting waiting, Search search,
                    Clock clock) {

    /** The modes the keyboard can be in. */
    public enum Mode { NORMAL, HELP, CLAIM_WORTHY, CLAIM_CLAIMER, CLAIM_STANCE, GOTO, SEARCH, COMMENT, TAKE_VERSION }

    /**
     * @param annotator who is labeling (and is logged as acting)
     * @param owner     whose labels the keys change: the annotator, or gold when adjudicating
     * @param colours   8 or 256: what the terminal can show
     * @param memo      layouts and word lists of this session's paragraphs
     * @param whyEmpty  what to tell the person when the queue is empty: why, and what a lead runs
     */
    public record Session(String annotator, String owner, LabelScheme scheme, Keymap keymap, BidiLayout.Mode bidi,
                          int colours, Memo memo, String whyEmpty) {
        public boolean adjudicating() {
            return !owner.equals(annotator);
        }
    }

    public record Screen(int cols, int rows) { }

    /** Session start and the time now, in millis. */
    public record Clock(long startedAt, long now) { }

    /** The status line: a message, and whether it reports a failure. */
    public record Status(String message, boolean error) {
        static final Status NONE = new Status("", false);

        static Status info(String message) {
            return new Status(message, false);
        }

        static Status error(String message) {
            return new Status(message, true);
        }
    }

    /** The keyboard's mode, the text typed at a prompt and the help screen's scroll. */
    public record Prompt(Mode mode, String input, int helpScroll) {
        static final Prompt NORMAL = new Prompt(Mode.NORMAL, "", 0);

        static Prompt of(Mode mode, String input) {
            return new Prompt(mode, input, 0);
        }

        Prompt withInput(String v) {
            return new Prompt(mode, v, helpScroll);
        }
    }

    /**
     * @param word     index of the word under the cursor in {@link State#words()}
     * @param anchor   word where a Shift-selection started, or -1
     * @param selStart selection in code points, or -1 when there is none
     * @param target   the active stance target
     */
    public record Cursor(int word, int anchor, int selStart, int selEnd, int target) {
        static Cursor at(int word, int target) {
            return new Cursor(word, -1, -1, -1, target);
        }

        Cursor withWord(int w) {
            return new Cursor(w, anchor, selStart, selEnd, target);
        }

        Cursor withTarget(int t) {
            return new Cursor(word, anchor, selStart, selEnd, t);
        }

        Cursor select(int anchorWord, int start, int end) {
            return new Cursor(word, anchorWord, start, end, target);
        }

        Cursor unselected() {
            return new Cursor(word, -1, -1, -1, target);
        }

        public boolean hasSelection() {
            return selStart >= 0;
        }
    }

    /** The last search, and where its hit is (paragraph and code points), drawn highlighted. */
    public record Search(String query, String paragraphId, int start, int end) {
        static final Search NONE = new Search("", null, -1, -1);
    }

    // --- what the view and the update read ---

    public boolean adjudicating() {
        return session.adjudicating();
    }

    public LabelScheme scheme() {
        return session.scheme();
    }

    public Keymap keymap() {
        return session.keymap();
    }

    public BidiLayout.Mode bidi() {
        return session.bidi();
    }

    public int cols() {
        return screen.cols();
    }

    public int rows() {
        return screen.rows();
    }

    public Mode mode() {
        return prompt.mode();
    }

    public int target() {
        return cursor.target();
    }

    public String message() {
        return status.message();
    }

    public boolean error() {
        return status.error();
    }

    /** The paragraph at the queue position with its labels, or null while it is not in memory. */
    public Para para() {
        String id = queue.currentId();
        return id == null ? null : paragraphs.get(id);
    }

    /** The words of the current paragraph: the cursor's stops. */
    public List<Token> words() {
        Para p = para();
        return p == null ? List.of() : session.memo().words(p.text());
    }

    public boolean hasSelection() {
        return cursor.hasSelection();
    }

    /** What a tag or claim applies to: the selection, or the word under the cursor. */
    public int[] targetRange() {
        if (cursor.hasSelection()) {
            return new int[] {cursor.selStart(), cursor.selEnd()};
        }
        List<Token> w = words();
        if (w.isEmpty()) {
            return null;
        }
        Token t = w.get(Math.min(cursor.word(), w.size() - 1));
        return new int[] {t.start(), t.end()};
    }

    // --- withers for the parts ---

    public State withScreen(Screen v) {
        return new State(session, v, queue, paragraphs, cursor, prompt, claim, status, writes, waiting, search, clock);
    }

    State withQueue(Queue v) {
        return new State(session, screen, v, paragraphs, cursor, prompt, claim, status, writes, waiting, search, clock);
    }

    State withParagraphs(Map<String, Para> v) {
        return new State(session, screen, queue, v, cursor, prompt, claim, status, writes, waiting, search, clock);
    }

    public State withCursor(Cursor v) {
        return new State(session, screen, queue, paragraphs, v, prompt, claim, status, writes, waiting, search, clock);
    }

    State withPrompt(Prompt v) {
        return new State(session, screen, queue, paragraphs, cursor, v, claim, status, writes, waiting, search, clock);
    }

    State withClaim(ClaimDraft v) {
        return new State(session, screen, queue, paragraphs, cursor, prompt, v, status, writes, waiting, search, clock);
    }

    State withStatus(Status v) {
        return new State(session, screen, queue, paragraphs, cursor, prompt, claim, v, writes, waiting, search, clock);
    }

    State withWrites(Writes v) {
        return new State(session, screen, queue, paragraphs, cursor, prompt, claim, status, v, waiting, search, clock);
    }

    State withWaiting(Waiting v) {
        return new State(session, screen, queue, paragraphs, cursor, prompt, claim, status, writes, v, search, clock);
    }

    State withSearch(Search v) {
        return new State(session, screen, queue, paragraphs, cursor, prompt, claim, status, writes, waiting, v, clock);
    }

    public State withClock(Clock v) {
        return new State(session, screen, queue, paragraphs, cursor, prompt, claim, status, writes, waiting, search, v);
    }

    State info(String message) {
        return withStatus(Status.info(message));
    }

    /**
     * The state before the first paragraph arrives.
     *
     * @param queue    paragraph ids in order
     * @param finished paragraphs of the queue already finished (decided, when adjudicating)
     * @param start    the queue position to open at
     */
    public static State initial(Session session, List<String> queue, java.util.Set<String> finished, int start,
                                int cols, int rows, long now) {
        return new State(session, new Screen(cols, rows), Queue.of(queue, finished, start), Map.of(),
                Cursor.at(0, 0), Prompt.NORMAL, null, Status.NONE, Writes.NONE, Waiting.NONE, Search.NONE,
                new Clock(now, now));
    }
}
