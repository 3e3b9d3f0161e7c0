package mizan.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import mizan.model.LabelScheme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks every export makes on each line before it is written: each span's offsets fit the
 * text, {@code text[start:end]} (in code points, computed here a second, independent way) equals
 * the span's text, span edges do not split a grapheme cluster, claimers name an entity of the
 * line, labels belong to the scheme, and the line's IOB2 tags are well formed. A failure names
 * the paragraph and the span.
 */
final class Validator {

    private final List<String> entityTypes;
    private final Set<String> entityTypeSet;
    private final Set<String> stanceLabels;
    private final Set<String> claimerStances;

    Validator(LabelScheme scheme) {
        this.entityTypes = scheme.entityTypeIds();
        this.entityTypeSet = Set.copyOf(entityTypes);
        this.stanceLabels = Set.copyOf(scheme.stanceLabelIds());
        this.claimerStances = Set.copyOf(scheme.claimerStances());
    }

    void check(ExportLine line) {
        if (line.entities().isEmpty() && line.claims().isEmpty() && line.stance().isEmpty()) {
            return;
        }
        Slicer text = new Slicer(line.text());
        Set<String> entityIds = new HashSet<>();
        for (ExportLine.Entity e : line.entities()) {
            String what = "entity " + e.id() + " [" + e.start() + ", " + e.end() + ") " + e.label();
            span(line, text, what, e.start(), e.end(), e.text());
            if (!entityTypeSet.contains(e.label())) {
                fail(line, what + ": the type is not in the label scheme " + entityTypes);
            }
            entityIds.add(e.id());
        }
        for (ExportLine.Claim c : line.claims()) {
            String what = "claim " + c.id() + " [" + c.start() + ", " + c.end() + ")";
            span(line, text, what, c.start(), c.end(), c.text());
            if (!entityIds.contains(c.claimer()) && !c.claimer().equals("AUTHOR") && !c.claimer().equals("ANONYMOUS")) {
                fail(line, what + ": the claimer '" + c.claimer() + "' is not an entity of the paragraph");
            }
            if (c.claimerStance() != null && !claimerStances.contains(c.claimerStance())) {
                fail(line, what + ": claimer stance '" + c.claimerStance() + "' is not one of " + claimerStances);
            }
        }
        for (ExportLine.Stance s : line.stance()) {
            if (!stanceLabels.contains(s.label())) {
                fail(line, "stance toward " + s.target() + ": '" + s.label() + "' is not one of " + stanceLabels);
            }
        }
    }

    /** Checks the tokens and tags written for the line. */
    void check(ExportLine line, Iob2.Tagged tagged) {
        String fault = Iob2.fault(tagged.tags(), entityTypeSet);
        if (fault != null) {
            fail(line, "IOB2: " + fault);
        }
        long begins = tagged.tags().stream().filter(t -> t.startsWith("B-")).count();
        if (begins != line.entities().size() - tagged.dropped()) {
            fail(line, "IOB2: " + begins + " entities tagged, but the line has " + line.entities().size()
                    + " (" + tagged.dropped() + " overlapping another); an entity covers no token");
        }
        for (String token : tagged.tokens()) {
            boolean blank = token.isEmpty();
            for (int i = 0; i < token.length() && !blank; i++) {
                char ch = token.charAt(i);
                blank = Character.isWhitespace(ch) || UCharacter.isUWhiteSpace(ch);
            }
            if (blank) {
                fail(line, "CoNLL: the token '" + token + "' is empty or holds white space");
            }
        }
    }

    private static void span(ExportLine line, Slicer text, String what, int start, int end, String spanText) {
        if (start < 0 || end > text.length() || start >= end) {
            fail(line, what + ": the offsets do not fit the paragraph's " + text.length() + " code points");
        }
        String slice = text.slice(start, end);
        if (!slice.equals(spanText)) {
            fail(line, what + ": text[start:end] is '" + slice + "' but the span's text is '" + spanText + "'");
        }
        if (!text.isClusterEdge(start) || !text.isClusterEdge(end)) {
            fail(line, what + ": an edge falls inside a grapheme cluster ('" + slice
                    + "' separates a letter from its marks)");
        }
    }

    /**
     * A line's text as code points, sliced the way Python slices (a second computation, apart
     * from the UTF-16 one that made the span texts), and asked about grapheme-cluster edges.
     */
    private static final class Slicer {
        private static final ThreadLocal<BreakIterator> CLUSTERS =
                ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

        private final String text;
        private final int[] cps;
        private int[] utf16;

        Slicer(String text) {
            this.text = text;
            this.cps = text.codePoints().toArray();
        }

        int length() {
            return cps.length;
        }

        String slice(int start, int end) {
            return new String(cps, start, end - start);
        }

        /**
         * Whether a grapheme cluster may end at {@code cp}. Between two characters whose
         * Grapheme_Cluster_Break value is Other (Arabic letters, digits, punctuation) every rule
         * of UAX #29 breaks, so those edges need no segmentation; any other pair (a haraka, ZWJ,
         * a regional indicator, Hangul, Prepend...) is asked of ICU's character iterator.
         */
        boolean isClusterEdge(int cp) {
            if (cp == 0 || cp == cps.length || (other(cps[cp - 1]) && other(cps[cp]))) {
                return true;
            }
            if (utf16 == null) {
                utf16 = CodePoints.starts(text);
                CLUSTERS.get().setText(text);
            }
            return CLUSTERS.get().isBoundary(utf16[cp]);
        }

        private static boolean other(int c) {
            return UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK)
                    == UCharacter.GraphemeClusterBreak.OTHER;
        }
    }

    static void fail(ExportLine line, String problem) {
        throw new ExportException("export check failed: paragraph " + line.id() + " (document " + line.docId()
                + ", paragraph " + line.paraIndex() + "), " + problem
                + ". Nothing was exported; correct the label in the workbench and export again.");
    }
}
