package mizan.tui;

/**
 * The top two rows: who, which paragraph, progress and pace; then the paragraph's document, its
 * flags and the document's title. A paragraph is named as everywhere else: "¶ N of DOC", N its
 * number in the document (0 is the title line, as in paragraph ids and exports).
 */
final class Header {

    private Header() {
    }

    static void draw(Grid g, State s) {
        g.fill(0, Style.REVERSE);
        Queue q = s.queue();
        int total = q.size();
        int pct = total == 0 ? 0 : (int) Math.floor(100.0 * q.done() / total);
        String who = s.adjudicating() ? "adjudicating: " + s.session().annotator() + " → gold" : s.session().annotator();
        String left = " mizan │ " + who + " │ " + Answers.number(q.currentId()) + " │ " + (q.index() + 1) + "/" + total;
        g.print(0, 0, left, g.cols(), Style.REVERSE, s.bidi());

        String done = (s.adjudicating() ? "decided " : "done ") + q.done() + "/" + total + " " + pct + "% ";
        String pace = " │ " + s.writes().sessionLabels() + " labels " + rate(s) + "/h ";
        // the progress bar takes what the rest leaves, up to 20 cells
        int barWidth = Math.max(0, Math.min(20, g.cols() - mizan.text.CellWidth.of(left) - done.length() - pace.length() - 2));
        int filled = total == 0 ? 0 : (int) ((long) barWidth * q.done() / total);
        String right = done + "█".repeat(filled) + "░".repeat(barWidth - filled) + pace;
        int rw = mizan.text.CellWidth.of(right);
        if (rw + mizan.text.CellWidth.of(left) + 1 <= g.cols()) {
            g.print(g.cols() - rw, 0, right, rw, Style.REVERSE, s.bidi());
        }

        Para p = s.para();
        String where = "doc " + p.paragraph().docId().substring(0, Math.min(8, p.paragraph().docId().length()))
                + " · " + p.data().docParagraphs() + " ¶";
        int used = g.print(1, 1, where, g.cols() - 2, Style.DIM, s.bidi());
        String failure = s.writes().failures().get(p.id());
        String flags = (failure != null ? " ✗ not saved" : "") + (p.labels().boilerplate() ? " [boilerplate]" : "")
                + (p.labels().comment() != null ? " [comment]" : "");
        Style fs = failure != null ? Style.fg(Style.Color.RED).withBold() : Style.fg(Style.Color.YELLOW);
        used += g.print(1 + used, 1, flags, g.cols() - 2 - used, fs, s.bidi());
        int room = g.cols() - 3 - used - 1;
        if (room > 4) {
            g.printRight(g.cols() - 1, 1, p.data().docTitle(), room, Style.BOLD, s.bidi());
        }
        for (int x = 0; x < g.cols(); x++) {
            g.put(x, 2, "─", 1, Style.DIM);
        }
    }

    /** Labels saved per hour this session; the first minute counts as a whole minute. */
    static long rate(State s) {
        long elapsed = Math.max(60_000L, s.clock().now() - s.clock().startedAt());
        return Math.round(s.writes().sessionLabels() * 3_600_000.0 / elapsed);
    }
}
