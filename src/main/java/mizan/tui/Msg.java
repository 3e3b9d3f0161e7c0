package mizan.tui;

/** What happens to the workbench: keys, resizes, the clock, and results of the runtime's work. */
public sealed interface Msg {

    record KeyPressed(Key key) implements Msg { }

    record Resized(int cols, int rows) implements Msg { }

    record Tick(long nowMillis) implements Msg { }

    /**
     * A paragraph loaded, after a navigation or after a change was committed.
     *
     * @param index   its position in the queue, or -1 when it is not in the queue
     * @param saved   a change was committed to the database (message says which)
     * @param message what to tell the annotator, or null
     * @param done    finished paragraphs of the queue, as the database now says
     */
    record Loaded(int index, ParagraphData data, boolean saved, String message, int done) implements Msg { }

    /** The runtime could not do what was asked; nothing was changed. */
    record Failed(String message, boolean wasWrite) implements Msg { }
}
