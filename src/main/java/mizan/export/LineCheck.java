package mizan.export;

import mizan.model.AnnotationSet;
import mizan.model.LabelScheme;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.text.Graphemes;
import mizan.text.Offsets;

import java.util.Map;

/**
 * Checks an imported line against the paragraph it matched and the label scheme: the same
 * text, spans that fit it, slice to the text the line states and keep grapheme clusters whole,
 * and labels, targets and claimer stances the scheme knows.
 */
final class LineCheck {

    private final LabelScheme scheme;

    LineCheck(LabelScheme scheme) {
        this.scheme = scheme;
    }

    static Paragraph sameText(AnnotationLine line, Paragraph p, String how) {
        if (!line.text().equals(p.text())) {
            throw new ExportException("paragraph " + p.id() + " (matched by " + how + ") has a different text from"
                    + " the line's, so the line's offsets cannot be trusted; was the paragraph exported from"
                    + " another project?");
        }
        return p;
    }

    /** A span as messages name it: {@code entity GPE [19, 24)}, {@code claim [3, 40)}. */
    static String describe(Span s) {
        return (s.kind() == SpanKind.ENTITY ? "entity " + s.label() : "claim") + " [" + s.start() + ", " + s.end() + ")";
    }

    AnnotationSet labels(AnnotationLine line, Paragraph p) {
        int length = CodePoints.count(p.text());
        for (Span s : line.spans()) {
            String what = describe(s);
            if (s.end() > length) {
                throw new ExportException(what + " does not fit paragraph " + p.id() + " of " + length + " code points");
            }
            String slice = Offsets.substring(p.text(), s.start(), s.end());
            String stated = line.texts().get(s.id());
            if (stated != null && !stated.equals(slice)) {
                throw new ExportException(what + ": the line says its text is '" + stated + "' but paragraph "
                        + p.id() + " has '" + slice + "' there (offsets must be code points)");
            }
            if (!Graphemes.isBoundary(p.text(), s.start()) || !Graphemes.isBoundary(p.text(), s.end())) {
                throw new ExportException(what + " ('" + slice + "') splits a letter from its marks in paragraph "
                        + p.id() + "; move the edge to a character boundary");
            }
            if (s.kind() == SpanKind.ENTITY && !scheme.entityTypeIds().contains(s.label())) {
                throw new ExportException(what + ": unknown entity type; the scheme has " + scheme.entityTypeIds());
            }
            if (s.claimerStance() != null && !scheme.claimerStances().contains(s.claimerStance())) {
                throw new ExportException(what + ": claimer stance '" + s.claimerStance() + "' is not one of "
                        + scheme.claimerStances());
            }
        }
        for (Map.Entry<String, String> st : line.stance().entrySet()) {
            if (!scheme.targetIds().contains(st.getKey())) {
                throw new ExportException("unknown stance target '" + st.getKey() + "'; the scheme has " + scheme.targetIds());
            }
            if (!scheme.stanceLabelIds().contains(st.getValue())) {
                throw new ExportException("stance toward " + st.getKey() + ": '" + st.getValue() + "' is not one of "
                        + scheme.stanceLabelIds());
            }
        }
        return new AnnotationSet(Map.copyOf(line.stance()), line.spans(), line.boilerplate());
    }
}
