package mizan.tui;

/** What happens to the workbench: keys, resizes, the clock, and the store's answers. */
public sealed interface Msg {

    record KeyPressed(Key key) implements Msg { }

    record Resized(int cols, int rows) implements Msg { }

    record Tick(long nowMillis) implements Msg { }

    /** A paragraph read from the store, with the owner's labels as stored then. */
    record Loaded(ParagraphData data, ParaLabels labels) implements Msg { }

    /** A paragraph could not be read. */
    record LoadFailed(String paragraphId, String reason) implements Msg { }

    /**
     * The change numbered {@code seq} is durable; {@code labels} are the paragraph's labels in the
     * store right after it, and {@code finished} whether the store now counts the paragraph done.
     */
    record Saved(long seq, String paragraphId, ParaLabels labels, boolean finished) implements Msg { }

    /** The change numbered {@code seq} finally failed; {@code labels} are what the store holds. */
    record WriteFailed(long seq, String paragraphId, ParaLabels labels, boolean finished, String reason)
            implements Msg { }

    /**
     * An undo or redo answered: what it changed, in words, and the paragraph it changed with its
     * labels now; or, with a null paragraph, that there was nothing to undo or redo (or why it failed).
     *
     * @param seq every change numbered up to it had been run when the undo ran
     */
    record Reverted(boolean undo, long seq, String paragraphId, ParaLabels labels, boolean finished, String what,
                    boolean failed) implements Msg { }

    /**
     * A search answered: the queue position and code points of the hit, or index -1 for none.
     *
     * @param wrapped the hit was found by going round the end of the queue
     */
    record Found(String query, int index, int start, int end, boolean wrapped) implements Msg { }
}
