package mizan.export;

import com.ibm.icu.lang.UCharacter;
import mizan.model.LabelScheme;
import mizan.text.Graphemes;
import mizan.text.Offsets;

import java.util.HashSet;
import java.util.Set;

/**
 * The checks every export makes on each line before it is written: each span's offsets fit the
 * text, {@code text[start:end]} (in code points, computed here a second, independent way) equals
 * the span's text, span edges do not split a grapheme cluster, claimers name an entity of the
 * line, labels belong to the scheme, and the line's IOB2 tags are well formed. A failure names
 * the paragraph and the span.
 */
final class Validator {

    private final LabelScheme scheme;

    Validator(LabelScheme scheme) {
        this.scheme = scheme;
    }

    void check(ExportLine line) {
        Set<String> entityIds = new HashSet<>();
        for (ExportLine.Entity e : line.entities()) {
            String what = "entity " + e.id() + " [" + e.start() + ", " + e.end() + ") " + e.label();
            span(line, what, e.start(), e.end(), e.text());
            if (!scheme.entityTypeIds().contains(e.label())) {
                fail(line, what + ": the type is not in the label scheme " + scheme.entityTypeIds());
            }
            entityIds.add(e.id());
        }
        for (ExportLine.Claim c : line.claims()) {
            String what = "claim " + c.id() + " [" + c.start() + ", " + c.end() + ")";
            span(line, what, c.start(), c.end(), c.text());
            if (!entityIds.contains(c.claimer()) && !c.claimer().equals("AUTHOR") && !c.claimer().equals("ANONYMOUS")) {
                fail(line, what + ": the claimer '" + c.claimer() + "' is not an entity of the paragraph");
            }
            if (c.claimerStance() != null && !scheme.claimerStances().contains(c.claimerStance())) {
                fail(line, what + ": claimer stance '" + c.claimerStance() + "' is not one of " + scheme.claimerStances());
            }
        }
        for (ExportLine.Stance s : line.stance()) {
            if (!scheme.stanceLabelIds().contains(s.label())) {
                fail(line, "stance toward " + s.target() + ": '" + s.label() + "' is not one of " + scheme.stanceLabelIds());
            }
        }
    }

    /** Checks the tokens and tags written for the line. */
    void check(ExportLine line, Iob2.Tagged tagged) {
        String fault = Iob2.fault(tagged.tags(), scheme.entityTypeIds());
        if (fault != null) {
            fail(line, "IOB2: " + fault);
        }
        long begins = tagged.tags().stream().filter(t -> t.startsWith("B-")).count();
        if (begins != line.entities().size() - tagged.dropped()) {
            fail(line, "IOB2: " + begins + " entities tagged, but the line has " + line.entities().size()
                    + " (" + tagged.dropped() + " overlapping another); an entity covers no token");
        }
        for (String token : tagged.tokens()) {
            if (token.isEmpty() || token.codePoints().anyMatch(cp -> UCharacter.isUWhiteSpace(cp) || Character.isWhitespace(cp))) {
                fail(line, "CoNLL: the token '" + token + "' is empty or holds white space");
            }
        }
    }

    private static void span(ExportLine line, String what, int start, int end, String text) {
        int length = CodePoints.count(line.text());
        if (start < 0 || end > length || start >= end) {
            fail(line, what + ": the offsets do not fit the paragraph's " + length + " code points");
        }
        String slice = Offsets.substring(line.text(), start, end);
        if (!slice.equals(text)) {
            fail(line, what + ": text[start:end] is '" + slice + "' but the span's text is '" + text + "'");
        }
        if (!Graphemes.isBoundary(line.text(), start) || !Graphemes.isBoundary(line.text(), end)) {
            fail(line, what + ": an edge falls inside a grapheme cluster ('" + slice
                    + "' separates a letter from its marks)");
        }
    }

    static void fail(ExportLine line, String problem) {
        throw new ExportException("export check failed: paragraph " + line.id() + " (document " + line.docId()
                + ", paragraph " + line.paraIndex() + "), " + problem
                + ". Nothing was exported; correct the label in the workbench and export again.");
    }
}
