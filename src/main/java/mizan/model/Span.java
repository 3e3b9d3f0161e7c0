package mizan.model;

/**
 * An entity or claim span. {@code start} and {@code end} are code-point offsets into the
 * paragraph text, 0-based and end-exclusive (Python's {@code text[start:end]}).
 *
 * <p>For an entity, {@code label} is its type (PERS, GPE...) and the claim fields are null. For a
 * claim, {@code label} is null and {@code checkWorthy}, {@code claimer} and
 * {@code claimerStance} (AFFIRM or REFUTE) describe it.
 */
public record Span(long id, String paragraphId, String annotator, SpanKind kind, int start, int end,
                   String label, Boolean checkWorthy, Claimer claimer, String claimerStance) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span offsets [" + start + ", " + end + ")");
        }
    }

    public static Span entity(long id, String paragraphId, String annotator, int start, int end, String type) {
        return new Span(id, paragraphId, annotator, SpanKind.ENTITY, start, end, type, null, null, null);
    }

    public static Span claim(long id, String paragraphId, String annotator, int start, int end,
                             boolean checkWorthy, Claimer claimer, String claimerStance) {
        return new Span(id, paragraphId, annotator, SpanKind.CLAIM, start, end, null, checkWorthy, claimer,
                claimerStance);
    }

    public Span withId(long newId) {
        return new Span(newId, paragraphId, annotator, kind, start, end, label, checkWorthy, claimer, claimerStance);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
