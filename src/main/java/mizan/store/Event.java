package mizan.store;

/**
 * One row of the append-only event log.
 *
 * @param annotator who acted
 * @param owner     whose labels the event changed: an annotator, or {@link mizan.model.Annotator#GOLD}
 * @param source    where the change came from ("import-annotations FILE", "relabel"), or null for the workbench
 * @param ref       for undo/redo, the event reversed
 * @param batch     the first event of the action this event belongs to, or null for a lone event
 */
public record Event(long id, String at, String annotator, String owner, String source, String paragraphId,
                    String action, String kind, Long ref, Long batch, String before, String after) {
}
