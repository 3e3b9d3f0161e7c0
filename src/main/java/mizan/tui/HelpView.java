package mizan.tui;

import mizan.model.LabelScheme;
import mizan.text.ParagraphLayout;
import mizan.text.VisualLine;

import java.util.ArrayList;
import java.util.List;

/** The help screen, generated from the key table and the label scheme; scrolls with ↑↓ PgUp PgDn. */
final class HelpView {

    private HelpView() {
    }

    static List<String> lines(State s) {
        List<String> out = new ArrayList<>();
        String group = "";
        for (Keymap.Binding b : s.keymap().bindings()) {
            if (b.action().help().isEmpty() || b.arg() != null) {
                continue;
            }
            if (!b.action().group().equals(group)) {
                group = b.action().group();
                out.add("");
                out.add(group);
                if (group.startsWith("Stance")) {
                    for (LabelScheme.LabelDef d : s.scheme().stanceLabels()) {
                        out.add(String.format("  %-8s %s: %s", d.key(), d.id(), d.description()));
                    }
                } else if (group.equals("Spans")) {
                    for (LabelScheme.LabelDef d : s.scheme().entityTypes()) {
                        out.add(String.format("  %-8s %s: %s", d.key(), d.id(), d.description()));
                    }
                }
            }
            out.add(String.format("  %-8s %s", Footer.keyName(b.key()), b.action().help()));
        }
        out.add("");
        out.add("Targets");
        for (LabelScheme.Target t : s.scheme().targets()) {
            out.add("  " + t.id() + ": " + t.name() + " — " + t.description());
        }
        out.add("");
        out.add("Guidelines");
        for (String gl : s.scheme().guidelines()) {
            out.add("  • " + gl);
        }
        return out;
    }

    static void draw(Grid g, State s) {
        g.fill(0, Style.REVERSE);
        g.print(0, 0, " mizan help │ " + s.scheme().name() + " │ ↑↓ PgUp PgDn scroll, any other key closes",
                g.cols(), Style.REVERSE, s.bidi());
        List<String> wrapped = new ArrayList<>();
        List<Boolean> heading = new ArrayList<>();
        for (String line : lines(s)) {
            if (line.isEmpty()) {
                wrapped.add("");
                heading.add(false);
                continue;
            }
            ParagraphLayout l = Layouts.get(line, g.cols() - 2, mizan.text.BidiLayout.Mode.TERMINAL);
            for (VisualLine v : l.lines()) {
                wrapped.add(line.substring(line.offsetByCodePoints(0, v.startCp()),
                        line.offsetByCodePoints(0, Math.min(v.endCp(), line.codePointCount(0, line.length())))).strip());
                heading.add(!line.startsWith(" "));
            }
        }
        int height = g.rows() - 1;
        int first = Math.min(s.helpScroll(), Math.max(0, wrapped.size() - height));
        for (int i = 0; i < height && first + i < wrapped.size(); i++) {
            String text = wrapped.get(first + i);
            boolean h = heading.get(first + i);
            g.print(h ? 1 : 3, 1 + i, text, g.cols() - 4, h ? Style.BOLD : Style.PLAIN, s.bidi());
        }
        if (first + height < wrapped.size()) {
            g.printRight(g.cols(), g.rows() - 1, " ↓ more (PgDn) ", 16, Style.REVERSE, s.bidi());
        }
    }
}
