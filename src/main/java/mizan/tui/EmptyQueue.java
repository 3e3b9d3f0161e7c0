package mizan.tui;

/** The screen of a session with nothing to label: why, what to do about it, and how to leave. */
final class EmptyQueue {

    private EmptyQueue() {
    }

    static void draw(Grid g, State s) {
        g.fill(0, Style.REVERSE);
        g.print(0, 0, " mizan │ " + s.session().annotator() + " │ nothing to " + (s.adjudicating() ? "adjudicate" : "label"),
                g.cols(), Style.REVERSE, s.bidi());
        int y = 2;
        for (String line : s.session().whyEmpty().split("\n")) {
            g.print(2, y++, line, g.cols() - 4, y == 3 ? Style.BOLD : Style.PLAIN, s.bidi());
        }
        Footer.draw(g, s, s.rows() - 2);
    }
}
