package mizan.tui;

import mizan.model.LabelScheme;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.tui.Style.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The stance panel, the entity legend and the line describing what is under the cursor. */
final class Panels {

    private static final Map<String, Color> STANCE_COLORS = Map.of(
            "FAVOR", Color.GREEN, "AGAINST", Color.RED, "NEUTRAL", Color.YELLOW, "UNRELATED", Color.CYAN);

    private Panels() {
    }

    static void stance(Grid g, State s, int y) {
        String title = "── stance ";
        for (int x = 0; x < g.cols(); x++) {
            g.put(x, y, "─", 1, Style.DIM);
        }
        g.print(0, y, title, title.length(), Style.DIM, s.bidi());
        List<LabelScheme.Target> targets = s.scheme().targets();
        int labelCol = g.cols() - 13;
        for (int i = 0; i < targets.size(); i++) {
            LabelScheme.Target t = targets.get(i);
            int row = y + 1 + i;
            boolean active = i == s.target();
            Style st = active ? Style.BOLD : Style.PLAIN;
            g.print(1, row, (active ? "▶ " : "  ") + t.id(), 15, st, s.bidi());
            // the description keeps one style: re-sending Arabic text on every target change costs bytes
            g.printRight(labelCol - 2, row, t.description(), labelCol - 2 - 17, Style.DIM, s.bidi());
            String label = s.para().labels().stance().get(t.id());
            String box = "[" + pad(label == null ? "·" : label, 9) + "]";
            Style ls = label == null ? Style.DIM : Style.fg(STANCE_COLORS.getOrDefault(label, Color.WHITE)).withBold();
            g.print(labelCol, row, box, 12, ls, s.bidi());
        }
    }

    /** Legend entries ("p PERS") packed into rows of the screen's width, claims last. */
    static List<String> legendRows(State s) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder(" ");
        List<String> entries = new ArrayList<>();
        for (LabelScheme.LabelDef d : s.scheme().entityTypes()) {
            entries.add(s.keymap().keyOf(Action.TAG_ENTITY, d.id()) + " " + d.id());
        }
        entries.add(Footer.keyName(s.keymap().keyOf(Action.MAKE_CLAIM)) + " claim (underlined)");
        for (String e : entries) {
            if (row.length() + e.length() + 2 > s.cols() - 1 && row.length() > 1) {
                rows.add(row.toString());
                row = new StringBuilder(" ");
            }
            row.append(e).append("  ");
        }
        rows.add(row.toString());
        return rows;
    }

    static void legend(Grid g, State s, int y, List<String> rows) {
        for (int r = 0; r < rows.size(); r++) {
            int x = 0;
            for (String part : rows.get(r).split("(?<=  )")) {
                String trimmed = part.strip();
                Style st = Style.DIM;
                int sp = trimmed.indexOf(' ');
                if (sp > 0 && s.scheme().entityType(trimmed.substring(sp + 1)).isPresent()) {
                    st = EntityStyles.of(s.scheme(), trimmed.substring(sp + 1), s.session().colours());
                }
                g.print(x, y + r, part, g.cols() - x, st, s.bidi());
                x += mizan.text.CellWidth.of(part);
            }
        }
    }

    /** What the cursor (or selection) covers: the spans there, or the selection's text. */
    static void underCursor(Grid g, State s, int y) {
        int[] r = s.targetRange();
        if (r == null) {
            return;
        }
        List<Span> at = Update.spansAt(s, r[0], r[1]);
        StringBuilder b = new StringBuilder();
        if (s.hasSelection()) {
            b.append("selected «").append(slice(s.para().text(), r[0], r[1])).append("»  ");
        }
        for (Span sp : at) {
            String text = slice(s.para().text(), sp.start(), sp.end());
            if (sp.kind() == SpanKind.ENTITY) {
                b.append(sp.label()).append(" «").append(text).append("»  ");
            } else {
                b.append("claim").append(Boolean.TRUE.equals(sp.checkWorthy()) ? " check-worthy" : "")
                        .append(" by ").append(claimerName(s, sp)).append(" ").append(sp.claimerStance()).append("  ");
            }
        }
        if (b.length() > 0) {
            g.print(1, y, b.toString().strip(), g.cols() - 2, Style.PLAIN, s.bidi());
        }
    }

    static String claimerName(State s, Span claim) {
        if (claim.claimer() == null) {
            return "?";
        }
        return switch (claim.claimer().kind()) {
            case AUTHOR -> "AUTHOR";
            case ANONYMOUS -> "ANONYMOUS";
            case SPAN -> s.para().labels().spans().stream().filter(e -> e.id() == claim.claimer().entitySpanId()).findFirst()
                    .map(e -> "«" + slice(s.para().text(), e.start(), e.end()) + "»").orElse("?");
        };
    }

    /**
     * A piece of the paragraph for a status line, bidi-isolated (FSI … PDI) so that the numbers and
     * labels around it keep their places when it is Arabic.
     */
    static String slice(String text, int startCp, int endCp) {
        int a = text.offsetByCodePoints(0, startCp);
        int b = text.offsetByCodePoints(a, endCp - startCp);
        String t = text.substring(a, b);
        return "\u2068" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "\u2069";
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s.substring(0, n) : s + " ".repeat(n - s.length());
    }
}
