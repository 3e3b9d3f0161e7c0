package mizan.tui;

import mizan.model.LabelScheme;

/** The key table as Markdown, for the README and {@code mizan annotate --print-keys}. */
public final class KeyTable {

    private KeyTable() {
    }

    public static String markdown(Keymap keymap, LabelScheme scheme) {
        StringBuilder b = new StringBuilder("| key | action |\n| --- | --- |\n");
        for (Keymap.Binding k : keymap.bindings()) {
            String help = k.action().help();
            if (k.arg() != null) {
                help = k.action() == Action.STANCE ? "stance " + k.arg()
                        : "tag " + k.arg() + " (" + scheme.entityType(k.arg()).map(LabelScheme.LabelDef::description)
                                .orElse("") + ")";
            }
            if (help.isEmpty()) {
                continue;
            }
            b.append("| `").append(Footer.keyName(k.key())).append("` | ").append(help.replace("|", "\\|"))
                    .append(" |\n");
        }
        b.append("\nIn a claim: `y`/`n` check-worthy; `a` AUTHOR, `n` ANONYMOUS or `1`–`9` an entity of the paragraph"
                + " as claimer; then the claimer's stance by its first letter (`a` AFFIRM, `r` REFUTE). `Esc` cancels.\n");
        return b.toString();
    }
}
