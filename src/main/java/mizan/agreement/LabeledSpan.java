package mizan.agreement;

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

    boolean overlaps(LabeledSpan o) {
        return key.equals(o.key) && start < o.end && o.start < end;
    }
}
