package mizan.store;

/** One row of the append-only event log. */
public record Event(long id, String at, String annotator, String paragraphId, String action, String kind,
                    Long ref, String before, String after) {
}
