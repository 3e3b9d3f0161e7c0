package mizan.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line wrapping by cell width at ICU line-break opportunities (Arabic rules). Whitespace
 * ending a line does not count against the width, since it is not drawn. A stretch with no break
 * opportunity that is wider than the line is broken between grapheme clusters.
 */
final class LineWrapper {

    /** Clusters {@code [first, end)} of a line, of which {@code [first, drawnEnd)} are drawn. */
    record Span(int first, int drawnEnd, int end) {
    }

    private static final ThreadLocal<BreakIterator> LINES =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(new ULocale("ar")));

    private final ClusterTable clusters;
    private final int width;
    private final List<Span> spans = new ArrayList<>();
    private int lineStart;
    private int lineWidth;

    private LineWrapper(ClusterTable clusters, int width) {
        this.clusters = clusters;
        this.width = width;
    }

    static List<Span> wrap(String text, ClusterTable clusters, int width) {
        LineWrapper wrapper = new LineWrapper(clusters, width);
        BreakIterator it = LINES.get();
        it.setText(text);
        int from = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            int to = clusters.firstAtOrAfter(b);
            if (to > from) {
                wrapper.addSegment(from, to);
                from = to;
            }
        }
        wrapper.endLine(clusters.count());
        return wrapper.spans;
    }

    /** Adds the clusters {@code [from, to)} between two break opportunities: a word and its trailing blanks. */
    private void addSegment(int from, int to) {
        int bodyEnd = to;
        while (bodyEnd > from && clusters.blank(bodyEnd - 1)) {
            bodyEnd--;
        }
        int bodyWidth = widthOf(from, bodyEnd);
        if (lineStart < from && lineWidth + bodyWidth > width) {
            endLine(from);
        }
        if (bodyWidth > width) {
            for (int c = from; c < bodyEnd; c++) {
                if (lineStart < c && lineWidth + clusters.width(c) > width) {
                    endLine(c);
                }
                lineWidth += clusters.width(c);
            }
        } else {
            lineWidth += bodyWidth;
        }
        lineWidth += widthOf(bodyEnd, to);
        if (clusters.breaking(to - 1)) {
            endLine(to);
        }
    }

    private void endLine(int end) {
        if (end == lineStart && !spans.isEmpty()) {
            return; // nothing left after the last line ended
        }
        int drawnEnd = end;
        while (drawnEnd > lineStart && clusters.blank(drawnEnd - 1)) {
            drawnEnd--;
        }
        spans.add(new Span(lineStart, drawnEnd, end));
        lineStart = end;
        lineWidth = 0;
    }

    private int widthOf(int from, int to) {
        int sum = 0;
        for (int c = from; c < to; c++) {
            sum += clusters.width(c);
        }
        return sum;
    }
}
