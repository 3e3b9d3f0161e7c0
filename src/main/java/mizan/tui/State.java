package mizan.tui;

import mizan.text.Token;

import java.util.List;

/**
 * Everything the workbench screen shows, as one immutable value. {@link Update} makes a new one
 * from a message; {@link View} draws one. Nothing here does I/O.
 *
 * @param annotator who is labeling; their labels are the only ones shown
 * @param owner whose labels the keys change: the annotator, or the gold owner when adjudicating
 * @param queue paragraph ids the annotator labels, in order
 * @param index position in the queue
 * @param done finished paragraphs of the queue
 * @param para null until the first load
 * @param target the active stance target
 * @param cursor index of the word under the cursor in words()
 * @param anchor word where a Shift-selection started, or -1
 * @param selStart selection in code points, or -1 when there is none
 * @param input text typed at a prompt
 * @param claim the claim being described, in the claim modes
 * @param message status line
 * @param error the status line reports a failure
 * @param pending changes sent to the database and not yet confirmed
 * @param sessionLabels changes saved since start
 * @param startedAt millis
 * @param now millis
 * @param helpScroll first line of help shown
 */
public record State(String annotator,
                    String owner,
                    mizan.model.LabelScheme scheme,
                    Keymap keymap,
                    mizan.text.BidiLayout.Mode bidi,
                    int cols,
                    int rows,
                    java.util.List<String> queue,
                    int index,
                    int done,
                    ParagraphData para,
                    int target,
                    int cursor,
                    int anchor,
                    int selStart,
                    int selEnd,
                    Mode mode,
                    String input,
                    ClaimDraft claim,
                    String message,
                    boolean error,
                    int pending,
                    int sessionLabels,
                    long startedAt,
                    long now,
                    int helpScroll) {

    /** The modes the keyboard can be in. */
    public enum Mode { NORMAL, HELP, CLAIM_WORTHY, CLAIM_CLAIMER, CLAIM_STANCE, GOTO, SEARCH, COMMENT, TAKE_VERSION }

    /** Adjudicating: the keys change gold, and every annotator's version is shown. */
    public boolean adjudicating() {
        return !owner.equals(annotator);
    }

    /** A claim being described: its range, then check-worthiness, then claimer. */
    public record ClaimDraft(int start, int end, Boolean checkWorthy, mizan.model.Claimer claimer) { }

    public static State initial(String annotator, mizan.model.LabelScheme scheme, Keymap keymap,
                                mizan.text.BidiLayout.Mode bidi, List<String> queue, int done, int cols, int rows,
                                long now) {
        return new State(annotator, annotator, scheme, keymap, bidi, cols, rows, List.copyOf(queue), 0, done, null, 0, 0, -1, -1,
                -1, Mode.NORMAL, "", null, "", false, 0, 0, now, now, 0);
    }

    /** The words of the current paragraph: the cursor's stops. */
    public List<Token> words() {
        return para == null ? List.of() : Words.of(para.text());
    }

    public boolean hasSelection() {
        return selStart >= 0;
    }

    /** What a tag or claim applies to: the selection, or the word under the cursor. */
    public int[] targetRange() {
        if (hasSelection()) {
            return new int[] {selStart, selEnd};
        }
        List<Token> w = words();
        if (w.isEmpty()) {
            return null;
        }
        Token t = w.get(Math.min(cursor, w.size() - 1));
        return new int[] {t.start(), t.end()};
    }

    public State withAnnotator(String v) {
        return new State(v, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withOwner(String v) {
        return new State(annotator, v, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withScheme(mizan.model.LabelScheme v) {
        return new State(annotator, owner, v, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withKeymap(Keymap v) {
        return new State(annotator, owner, scheme, v, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withBidi(mizan.text.BidiLayout.Mode v) {
        return new State(annotator, owner, scheme, keymap, v, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withCols(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, v, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withRows(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, v, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withQueue(java.util.List<String> v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, v, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withIndex(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, v, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withDone(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, v, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withPara(ParagraphData v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, v, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withTarget(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, v, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withCursor(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, v, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withAnchor(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, v, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withSelStart(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, v, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withSelEnd(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, v, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withMode(Mode v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, v, input, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withInput(String v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, v, claim, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withClaim(ClaimDraft v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, v, message, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withMessage(String v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, v, error, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withError(boolean v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, v, pending, sessionLabels, startedAt, now, helpScroll);
    }

    public State withPending(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, v, sessionLabels, startedAt, now, helpScroll);
    }

    public State withSessionLabels(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, v, startedAt, now, helpScroll);
    }

    public State withStartedAt(long v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, v, now, helpScroll);
    }

    public State withNow(long v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, v, helpScroll);
    }

    public State withHelpScroll(int v) {
        return new State(annotator, owner, scheme, keymap, bidi, cols, rows, queue, index, done, para, target, cursor, anchor, selStart, selEnd, mode, input, claim, message, error, pending, sessionLabels, startedAt, now, v);
    }

}
