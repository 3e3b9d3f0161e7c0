package mizan.tui;

import mizan.model.Span;

/** Work the update asks the runtime to do: storage, loading, quitting. */
public sealed interface Effect {

    /** Load the paragraph at a queue position (clamped to the queue). */
    record Load(int index) implements Effect { }

    record SetStance(String paragraphId, String target, String label) implements Effect { }

    record AddSpan(Span span) implements Effect { }

    record DeleteSpan(String paragraphId, long spanId) implements Effect { }

    record SetFlags(String paragraphId, boolean boilerplate, String comment) implements Effect { }

    record Undo() implements Effect { }

    /** Adjudication: gold for the paragraph becomes a copy of one annotator's version. */
    record TakeVersion(String paragraphId, String annotator) implements Effect { }

    record Redo() implements Effect { }

    /** Go to a paragraph: a number in the queue (1-based), or a document id with an optional :paragraph. */
    record Goto(String where) implements Effect { }

    /** Find the next paragraph of the queue after {@code from} whose text contains {@code text}. */
    record Search(String text, int from) implements Effect { }

    record Quit() implements Effect { }

    /** Effects that change labels: they count for the session rate and are saved before shown. */
    default boolean writes() {
        return this instanceof SetStance || this instanceof AddSpan || this instanceof DeleteSpan
                || this instanceof SetFlags || this instanceof Undo || this instanceof Redo
                || this instanceof TakeVersion;
    }
}
