package mizan.tui;

import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.model.Version;

import java.util.List;
import mizan.model.SpanKey;

/**
 * When adjudicating: one line per annotator with their version of the paragraph (stance per
 * target, then their spans), numbered for {@code = N}; a ✓ marks the versions gold now equals.
 */
final class VersionsPanel {

    private VersionsPanel() {
    }

    /** Rows the panel takes: a rule and one line per version, at most nine. */
    static int rows(State s) {
        return s.para().data().versions().isEmpty() ? 0 : 1 + Math.min(9, s.para().data().versions().size());
    }

    static void draw(Grid g, State s, int y, int rows) {
        for (int x = 0; x < g.cols(); x++) {
            g.put(x, y, "─", 1, Style.DIM);
        }
        String title = "── versions (= N makes gold a copy of N) ";
        g.print(0, y, title, title.length(), Style.DIM, s.bidi());
        List<Version> versions = s.para().data().versions();
        for (int i = 0; i < rows - 1; i++) {
            Version v = versions.get(i);
            boolean same = equalsGold(s, v);
            StringBuilder b = new StringBuilder();
            b.append(i + 1).append(same ? " ✓ " : "   ").append(v.annotator()).append("  ");
            for (var t : s.scheme().targets()) {
                b.append(t.id()).append('=').append(v.stance().getOrDefault(t.id(), "·")).append(' ');
            }
            b.append("│");
            for (Span sp : v.spans()) {
                String text = Panels.slice(s.para().text(), sp.start(), sp.end());
                b.append(' ').append(sp.kind() == SpanKind.ENTITY ? sp.label() : "claim").append(' ').append(text);
            }
            g.print(1, y + 1 + i, b.toString(), g.cols() - 2, same ? Style.BOLD : Style.PLAIN, s.bidi());
        }
    }

    /** Same stance and the same labels as gold has now, by the model's one rule for "the same label". */
    static boolean equalsGold(State s, Version v) {
        ParaLabels gold = s.para().labels();
        return v.stance().equals(gold.stance())
                && SpanKey.multiset(v.spans()).equals(SpanKey.multiset(gold.spans()));
    }
}
