package mizan.model;

/**
 * Who makes a claim: an entity span of the same paragraph, the article's author, or an
 * anonymous source ("sources said").
 */
public record Claimer(Kind kind, Long entitySpanId) {

    public enum Kind { SPAN, AUTHOR, ANONYMOUS }

    public static final Claimer AUTHOR = new Claimer(Kind.AUTHOR, null);
    public static final Claimer ANONYMOUS = new Claimer(Kind.ANONYMOUS, null);

    public static Claimer span(long entitySpanId) {
        return new Claimer(Kind.SPAN, entitySpanId);
    }

    public Claimer {
        if ((kind == Kind.SPAN) != (entitySpanId != null)) {
            throw new IllegalArgumentException("a SPAN claimer needs an entity span id, the others none");
        }
    }
}
