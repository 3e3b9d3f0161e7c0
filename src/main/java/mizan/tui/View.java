package mizan.tui;

import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.text.BidiLayout;
import mizan.text.Cell;
import mizan.text.ParagraphLayout;
import mizan.text.Token;
import mizan.text.VisualLine;
import mizan.tui.Style.Color;

import java.util.List;

/**
 * Draws the whole screen from the state: {@code render(state)} is a pure function of the state
 * and its size. Rows, top to bottom: header, document line, the paragraph with its neighbours
 * dimmed for context, the stance panel, the entity legend, what is under the cursor, the keys of
 * the current mode, and the status line.
 */
public final class View {

    public static final int MIN_COLS = 60;
    public static final int MIN_ROWS = 16;

    private View() {
    }

    public static Grid render(State s) {
        Grid g = new Grid(s.cols(), s.rows(), s.session().memo());
        if (s.cols() < MIN_COLS || s.rows() < MIN_ROWS) {
            tooSmall(g, s);
        } else if (s.mode() == State.Mode.HELP) {
            HelpView.draw(g, s);
        } else if (s.queue().isEmpty()) {
            EmptyQueue.draw(g, s);
        } else if (s.para() == null) {
            g.print(1, 0, "mizan: loading " + Answers.number(s.queue().currentId()) + "…", s.cols() - 2, Style.PLAIN,
                    s.bidi());
            Footer.draw(g, s, s.rows() - 2);
        } else {
            workbench(g, s);
        }
        return g;
    }

    /** The layout of the current paragraph at the text width: shared with update for line moves. */
    static ParagraphLayout layoutOf(State s) {
        return s.session().memo().layout(s.para().text(), textWidth(s), s.bidi());
    }

    static int textWidth(State s) {
        return Math.max(1, s.cols() - 2);
    }

    private static void workbench(Grid g, State s) {
        Header.draw(g, s);
        List<String> legend = Panels.legendRows(s);
        int targets = s.scheme().targets().size();
        int versions = s.adjudicating() ? VersionsPanel.rows(s) : 0;
        int panel = 1 + targets + legend.size();
        int bottomRows = versions + panel + 1 + 2;
        int top = 3;
        int bottom = s.rows() - bottomRows;
        drawParagraphArea(g, s, top, bottom - versions);
        if (versions > 0) {
            VersionsPanel.draw(g, s, bottom - versions, versions);
        }
        if (s.mode() == State.Mode.CLAIM_CLAIMER) {
            ClaimerPicker.draw(g, s, bottom, panel);
        } else {
            Panels.stance(g, s, bottom);
            Panels.legend(g, s, bottom + 1 + targets, legend);
        }
        Panels.underCursor(g, s, bottom + panel);
        Footer.draw(g, s, s.rows() - 2);
    }

    private static void drawParagraphArea(Grid g, State s, int top, int bottom) {
        int height = bottom - top;
        ParagraphLayout layout = layoutOf(s);
        List<VisualLine> lines = layout.lines();
        int first = 0;
        if (lines.size() > height) {
            Token w = Update.word(s);
            int cursorLine = w == null ? 0 : Math.max(0, layout.lineOf(w.start()));
            first = Math.max(0, Math.min(cursorLine - height / 3, lines.size() - height));
        }
        int shown = Math.min(height, lines.size() - first);
        int room = height - shown;
        int above = 0;
        int below = 0;
        // Neighbours take what the paragraph leaves, a blank line apart, at most 6 lines each.
        boolean hasPrev = s.para().data().previous() != null;
        boolean hasNext = s.para().data().next() != null;
        int share = (hasPrev && hasNext) ? room / 2 : room;
        if (hasPrev && share >= 2) {
            above = Math.min(6, share - 1);
        }
        if (hasNext && room - (above > 0 ? above + 1 : 0) >= 2) {
            below = Math.min(6, room - (above > 0 ? above + 1 : 0) - 1);
        }
        int y = top;
        if (above > 0) {
            ParagraphLayout prev = s.session().memo().layout(s.para().data().previous(), textWidth(s), s.bidi());
            List<VisualLine> pl = prev.lines();
            for (int i = Math.max(0, pl.size() - above); i < pl.size(); i++) {
                drawLine(g, 1, y++, pl.get(i), null, Style.DIM);
            }
            y++;
        }
        Style base = s.para().labels().boilerplate() ? Style.DIM : Style.PLAIN;
        for (int i = first; i < first + shown; i++) {
            drawLine(g, 1, y++, lines.get(i), s, base);
        }
        if (first > 0) {
            g.put(0, top + (above > 0 ? above + 1 : 0), "↑", 1, Style.BOLD);
        }
        if (first + shown < lines.size()) {
            g.put(0, y - 1, "↓", 1, Style.BOLD);
        }
        if (below > 0) {
            y++;
            ParagraphLayout next = s.session().memo().layout(s.para().data().next(), textWidth(s), s.bidi());
            for (int i = 0; i < Math.min(below, next.lines().size()); i++) {
                drawLine(g, 1, y++, next.lines().get(i), null, Style.DIM);
            }
        }
    }

    /** Draws one visual line; with a state, cells get span colours, claim underline and the cursor. */
    private static void drawLine(Grid g, int x0, int y, VisualLine line, State s, Style base) {
        int x = x0 + line.indent();
        int[] sel = s == null ? null : highlight(s);
        for (Cell c : line.cells()) {
            Style st = s == null ? base : cellStyle(s, c, base, sel);
            g.put(x, y, c.text(), c.width(), st);
            x += c.width();
        }
    }

    /** The range drawn in reverse video: the selection, or the word under the cursor. */
    private static int[] highlight(State s) {
        if (s.mode() == State.Mode.CLAIM_WORTHY || s.mode() == State.Mode.CLAIM_CLAIMER
                || s.mode() == State.Mode.CLAIM_STANCE) {
            return new int[] {s.claim().start(), s.claim().end()};
        }
        return s.targetRange();
    }

    private static Style cellStyle(State s, Cell c, Style base, int[] sel) {
        Style st = base;
        Span entity = null;
        boolean claim = false;
        for (Span sp : s.para().labels().spans()) {
            if (sp.start() <= c.start() && c.start() < sp.end()) {
                if (sp.kind() == SpanKind.CLAIM) {
                    claim = true;
                } else if (entity == null || sp.end() - sp.start() < entity.end() - entity.start()) {
                    entity = sp;
                }
            }
        }
        if (entity != null) {
            Style look = EntityStyles.of(s.scheme(), entity.label(), s.session().colours());
            st = base.dim() ? look.withDim() : look;
        }
        State.Search hit = s.search();
        if (hit.paragraphId() != null && hit.paragraphId().equals(s.para().id()) && c.start() >= hit.start()
                && c.start() < hit.end()) {
            st = st.withBg(Color.YELLOW);
        }
        if (claim) {
            st = st.withUnderline();
        }
        if (sel != null && c.start() >= sel[0] && c.start() < sel[1]) {
            st = st.withReverse();
        }
        return st;
    }

    private static void tooSmall(Grid g, State s) {
        String[] lines = {
            "Terminal too small",
            s.cols() + "×" + s.rows() + "; mizan needs",
            "at least " + MIN_COLS + "×" + MIN_ROWS + ".",
            "Enlarge the window.",
            "Your work is saved."
        };
        int y0 = Math.max(0, (s.rows() - lines.length) / 2);
        for (int i = 0; i < lines.length && y0 + i < s.rows(); i++) {
            int x = Math.max(0, (s.cols() - lines[i].length()) / 2);
            g.print(x, y0 + i, lines[i], s.cols() - x, i == 0 ? Style.BOLD : Style.PLAIN, BidiLayout.Mode.APP);
        }
    }
}
