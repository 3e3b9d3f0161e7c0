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
        for (Action a : Action.values()) {
            if (a == Action.STANCE || a == Action.TAG_ENTITY) {
                continue;
            }
            if (!a.group().equals(group)) {
                group = a.group();
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
            String keys = String.join(" ", s.keymap().keysOf(a).stream().map(Footer::keyName).toList());
            out.add(String.format("  %-8s %s", keys, a.help()));
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
        List<Integer> indent = new ArrayList<>();
        for (String line : lines(s)) {
            if (line.isEmpty()) {
                wrapped.add("");
                indent.add(1);
                continue;
            }
            boolean heading = !line.startsWith(" ");
            // an item's continuation lines line up under its description, after the key column
            int first = heading ? 1 : 3;
            int rest = heading ? 1 : 12;
            ParagraphLayout l = s.session().memo().layout(line.strip(), g.cols() - rest - 1,
                    mizan.text.BidiLayout.Mode.TERMINAL);
            String text = line.strip();
            for (VisualLine v : l.lines()) {
                wrapped.add(text.substring(text.offsetByCodePoints(0, v.startCp()),
                        text.offsetByCodePoints(0, Math.min(v.endCp(), text.codePointCount(0, text.length())))).strip());
                indent.add(v.startCp() == 0 ? first : rest);
            }
        }
        int height = g.rows() - 1;
        int first = Math.min(s.prompt().helpScroll(), Math.max(0, wrapped.size() - height));
        for (int i = 0; i < height && first + i < wrapped.size(); i++) {
            String text = wrapped.get(first + i);
            int x = indent.get(first + i);
            g.print(x, 1 + i, text, g.cols() - x - 1, x == 1 ? Style.BOLD : Style.PLAIN, s.bidi());
        }
        if (first + height < wrapped.size()) {
            g.printRight(g.cols(), g.rows() - 1, " ↓ more (PgDn) ", 16, Style.REVERSE, s.bidi());
        }
    }
}
