package mizan.store;

import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A paragraph's stance rows, or its span rows, packed by SQLite into one string (fields split
 * by U+001F, rows by U+001E) and unpacked here. Streaming exports read millions of rows, and
 * with the JDBC driver each column read is a native call that costs more than SQLite's own
 * work: one packed column per paragraph instead of a dozen per row makes reading about three
 * times faster. The separators cannot occur in the packed fields: annotator names, target ids,
 * labels and numbers.
 */
final class PackedLabels {

    private static final char FIELD = '\u001f';
    private static final char ROW = '\u001e';
    private static final String SEP = " || char(31) || ";

    private PackedLabels() {
    }

    /** One row per paragraph: its id and its stance rows, packed. */
    static String stanceSql(String filter) {
        return packed("annotator" + SEP + "target" + SEP + "label", "stance_labels", filter);
    }

    /** One row per paragraph: its id and its span rows, packed in {@link #unpackSpans}'s field order. */
    static String spanSql(String filter) {
        return packed("id" + SEP + "annotator" + SEP + "kind" + SEP + "start_cp" + SEP + "end_cp" + SEP
                + "ifnull(label, '')" + SEP + "ifnull(check_worthy, '')" + SEP + "ifnull(claimer_kind, '')" + SEP
                + "ifnull(claimer_span_id, '')" + SEP + "ifnull(claimer_stance, '')", "spans", filter);
    }

    private static String packed(String row, String table, String filter) {
        return "SELECT paragraph_id, group_concat(" + row + ", char(30)) FROM " + table + " WHERE 1" + filter
                + " GROUP BY paragraph_id ORDER BY paragraph_id";
    }

    static void unpackStance(String packed, Map<String, Map<String, String>> byAnnotator) {
        for (String row : split(packed, ROW)) {
            List<String> f = split(row, FIELD);
            byAnnotator.computeIfAbsent(f.get(0), k -> new TreeMap<>()).put(f.get(1), f.get(2));
        }
    }

    static void unpackSpans(String paragraphId, String packed, Map<String, List<Span>> byAnnotator) {
        for (String row : split(packed, ROW)) {
            List<String> f = split(row, FIELD);
            Claimer claimer = null;
            if (!f.get(7).isEmpty()) {
                Claimer.Kind kind = Claimer.Kind.valueOf(f.get(7));
                claimer = new Claimer(kind, f.get(8).isEmpty() ? null : Long.valueOf(f.get(8)));
            }
            Span s = new Span(Long.parseLong(f.get(0)), paragraphId, f.get(1),
                    SpanKind.valueOf(f.get(2).toUpperCase(Locale.ROOT)), Integer.parseInt(f.get(3)),
                    Integer.parseInt(f.get(4)), blankToNull(f.get(5)),
                    f.get(6).isEmpty() ? null : f.get(6).equals("1"), claimer, blankToNull(f.get(9)));
            byAnnotator.computeIfAbsent(s.annotator(), k -> new ArrayList<>()).add(s);
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>(12);
        int from = 0;
        for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
            out.add(s.substring(from, at));
            from = at + 1;
        }
        out.add(s.substring(from));
        return out;
    }
}
