package mizan.agreement;

import mizan.model.Span;

/**
 * One annotator's span for span agreement: {@code key} names the continuum it lies in (a
 * document or paragraph id), offsets are integer, 0-based and end-exclusive.
 */
public record LabeledSpan(String key, int start, int end, String label, String annotator) {

    public LabeledSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span offsets [" + start + ", " + end + ") in " + key);
        }
    }

    /**
     * A project span, keyed by its paragraph. Entities are compared by type; claims carry no
     * label, so all claims share the label "CLAIM" (agreement on where claims are).
     */
    public static LabeledSpan of(Span span) {
        String label = span.label() != null ? span.label() : span.kind().name();
        return new LabeledSpan(span.paragraphId(), span.start(), span.end(), label, span.annotator());
    }

    boolean overlaps(LabeledSpan o) {
        return key.equals(o.key) && start < o.end && o.start < end;
    }
}
