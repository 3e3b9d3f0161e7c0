package mizan.text;

import java.util.stream.Collectors;

/** Draws laid-out lines as plain text, the way a terminal would show the cells. */
final class Screens {

    private Screens() {
    }

    /** The line's indent as spaces, then its cells' texts left to right. */
    static String row(VisualLine line) {
        return " ".repeat(line.indent()) + line.cells().stream().map(Cell::text).collect(Collectors.joining());
    }

    static String row(ParagraphLayout layout, int line) {
        return row(layout.lines().get(line));
    }
}
