package mizan.tui;

/** Work the update asks the runtime to do: tell the store, load, search, quit. */
public sealed interface Effect {

    /** Read a paragraph into memory (the one at the position, or one ahead of it). */
    record Load(String paragraphId) implements Effect { }

    /** Make a label change durable; the answer names it by {@code seq}. */
    record Write(long seq, Change change) implements Effect { }

    /** Undo (or redo) the owner's last change; every write sent before it runs first. */
    record Revert(boolean undo, long seq) implements Effect { }

    /** Remember where the annotator is, so that reopening resumes there. */
    record Remember(String paragraphId) implements Effect { }

    /** Find {@code query} from a place in the queue, forward or backward. */
    record Search(String query, int fromIndex, int fromCp, boolean forward) implements Effect { }

    record Quit() implements Effect { }
}
