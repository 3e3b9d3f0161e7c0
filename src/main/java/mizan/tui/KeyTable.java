package mizan.tui;

import mizan.model.LabelScheme;

/** The key table as Markdown, for the README and {@code mizan annotate --print-keys}. */
public final class KeyTable {

    private KeyTable() {
    }

    public static String markdown(Keymap keymap, LabelScheme scheme) {
        StringBuilder b = new StringBuilder("| key | action |\n| --- | --- |\n");
        java.util.Set<Action> shown = new java.util.HashSet<>();
        for (Keymap.Binding k : keymap.bindings()) {
            String help = k.action().help();
            String keys = "`" + Footer.keyName(k.key()) + "`";
            if (k.arg() != null) {
                help = k.action() == Action.STANCE ? "stance " + k.arg()
                        : "tag " + k.arg() + " (" + scheme.entityType(k.arg()).map(LabelScheme.LabelDef::description)
                                .orElse("") + ")";
            } else if (!shown.add(k.action())) {
                continue;
            } else {
                keys = String.join(", ", keymap.keysOf(k.action()).stream().map(x -> "`" + Footer.keyName(x) + "`")
                        .toList());
            }
            b.append("| ").append(keys).append(" | ").append(help.replace("|", "\\|")).append(" |\n");
        }
        b.append("\nIn a claim: `y`/`n` check-worthy; then the claimer: `a` AUTHOR, `n` ANONYMOUS, or an entity of the"
                + " paragraph by its number (or ↑↓ and `Enter`); then the claimer's stance by its first letter (`a` AFFIRM,"
                + " `r` REFUTE). When changing a claim (`e`), `Enter` keeps an answer. `Esc` cancels.\n");
        return b.toString();
    }
}
