package mizan.tui;

/** The top two rows: who, where, progress and pace; then the document's title. */
final class Header {

    private Header() {
    }

    static void draw(Grid g, State s) {
        g.fill(0, Style.REVERSE);
        int total = s.queue().size();
        int pct = total == 0 ? 0 : (int) Math.floor(100.0 * s.done() / total);
        String who = s.adjudicating() ? "adjudicating: " + s.annotator() + " → gold" : s.annotator();
        String left = " mizan │ " + who + " │ ¶ " + (s.index() + 1) + "/" + total;
        g.print(0, 0, left, g.cols(), Style.REVERSE, s.bidi());

        int barWidth = g.cols() >= 100 ? 20 : 10;
        int filled = total == 0 ? 0 : (int) ((long) barWidth * s.done() / total);
        String right = (s.adjudicating() ? "decided " : "done ") + s.done() + "/" + total + " " + pct + "% " + "█".repeat(filled)
                + "░".repeat(barWidth - filled) + " │ " + s.sessionLabels() + " labels " + rate(s) + "/h ";
        int rw = mizan.text.CellWidth.of(right);
        if (rw + mizan.text.CellWidth.of(left) + 1 <= g.cols()) {
            g.print(g.cols() - rw, 0, right, rw, Style.REVERSE, s.bidi());
        }

        String where = "doc " + s.para().paragraph().docId().substring(0, Math.min(8, s.para().paragraph().docId().length()))
                + " ¶ " + (s.para().paragraph().index() + 1) + "/" + s.para().docParagraphs();
        int used = g.print(1, 1, where, g.cols() - 2, Style.DIM, s.bidi());
        String flags = (s.para().boilerplate() ? " [boilerplate]" : "") + (s.para().comment() != null ? " [comment]" : "");
        used += g.print(1 + used, 1, flags, g.cols() - 2 - used, Style.fg(Style.Color.YELLOW), s.bidi());
        int room = g.cols() - 3 - used - 1;
        if (room > 4) {
            g.printRight(g.cols() - 1, 1, s.para().docTitle(), room, Style.BOLD, s.bidi());
        }
        for (int x = 0; x < g.cols(); x++) {
            g.put(x, 2, "─", 1, Style.DIM);
        }
    }

    /** Labels saved per hour this session; the first minute counts as a whole minute. */
    static long rate(State s) {
        long elapsed = Math.max(60_000L, s.now() - s.startedAt());
        return Math.round(s.sessionLabels() * 3_600_000.0 / elapsed);
    }
}
