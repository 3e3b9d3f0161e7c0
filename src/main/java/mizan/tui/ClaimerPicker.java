package mizan.tui;

import mizan.model.Span;

import java.util.List;

/**
 * The claimer picker, in place of the stance panel while a claim asks for its claimer: AUTHOR,
 * ANONYMOUS, then every entity of the paragraph numbered from 1, as many rows as fit, scrolled so
 * the highlighted row is always on screen.
 */
final class ClaimerPicker {

    private ClaimerPicker() {
    }

    static void draw(Grid g, State s, int y, int height) {
        List<Span> es = ClaimFlow.claimerChoices(s);
        int rows = ClaimFlow.FIXED + es.size();
        int shown = Math.max(1, height - 1);
        int pick = s.claim().pick();
        int first = Math.max(0, Math.min(pick - shown / 2, rows - shown));
        String title = "── claimer (" + es.size() + " entit" + (es.size() == 1 ? "y" : "ies") + ")"
                + (first > 0 ? " ↑" : "") + (first + shown < rows ? " ↓" : "") + " ";
        for (int x = 0; x < g.cols(); x++) {
            g.put(x, y, "─", 1, Style.DIM);
        }
        g.print(0, y, title, g.cols(), Style.DIM, s.bidi());
        for (int i = 0; i < shown && first + i < rows; i++) {
            int row = first + i;
            String line;
            if (row == 0) {
                line = " a  AUTHOR (the article's writer)";
            } else if (row == 1) {
                line = " n  ANONYMOUS (unnamed sources)";
            } else {
                Span e = es.get(row - ClaimFlow.FIXED);
                line = String.format("%2d  %-8s %s", row - ClaimFlow.FIXED + 1, e.label(),
                        Update.quote(s.para().text(), e.start(), e.end()));
            }
            boolean on = row == pick;
            g.print(1, y + 1 + i, (on ? "▶" : " ") + line, g.cols() - 2, on ? Style.REVERSE : Style.PLAIN, s.bidi());
        }
    }
}
