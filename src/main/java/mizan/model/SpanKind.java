package mizan.model;

/** The two kinds of span an annotator marks. */
public enum SpanKind {
    ENTITY, CLAIM
}
