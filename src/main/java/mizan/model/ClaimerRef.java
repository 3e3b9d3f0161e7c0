package mizan.model;

/**
 * Who makes a claim, named by what it is rather than by a row id: the article's author, an
 * anonymous source, or the entity span of the same paragraph (and owner) at {@code [start, end)}.
 * An entity's edges identify it, since one owner has at most one entity per pair of edges.
 */
public record ClaimerRef(Claimer.Kind kind, int start, int end) {

    public static final ClaimerRef AUTHOR = new ClaimerRef(Claimer.Kind.AUTHOR, -1, -1);
    public static final ClaimerRef ANONYMOUS = new ClaimerRef(Claimer.Kind.ANONYMOUS, -1, -1);

    public static ClaimerRef entity(int start, int end) {
        return new ClaimerRef(Claimer.Kind.SPAN, start, end);
    }

    public ClaimerRef {
        if ((kind == Claimer.Kind.SPAN) != (start >= 0 && end > start)) {
            throw new IllegalArgumentException("an entity claimer needs its edges, the others none");
        }
    }

    public boolean isEntity() {
        return kind == Claimer.Kind.SPAN;
    }
}
