package mizan.store;

/**
 * One row of the append-only event log.
 *
 * @param annotator who acted
 * @param ref       for undo/redo, the event reversed
 * @param batch     the first event of the action this event belongs to, or null for a lone event
 */
public record Event(long id, String at, String annotator, String paragraphId, String action, String kind,
                    Long ref, Long batch, String before, String after) {
}
