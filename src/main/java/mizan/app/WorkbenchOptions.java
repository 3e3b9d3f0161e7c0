package mizan.app;

import picocli.CommandLine.Option;

/** Options of the workbench, shared by {@code mizan} and {@code mizan annotate}. */
public final class WorkbenchOptions {

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Who is labeling (default: the login name).")
    String annotator;

    @Option(names = "--bidi", paramLabel = "app|terminal", defaultValue = "app",
            description = {"Who lays out right-to-left text (default: ${DEFAULT-VALUE}).",
                    "app: mizan reorders and shapes (xterm, tmux, GNOME Terminal, Windows Terminal...);",
                    "terminal: mizan sends logical order, for terminals that always reorder (Konsole, mlterm,",
                    "PuTTY, Terminal.app)."})
    String bidi;

    @Option(names = "--no-shaping", description = "With --bidi app: do not join letters (for terminals that shape).")
    boolean noShaping;

    @Option(names = "--keys", paramLabel = "FILE",
            description = "A JSON key file overriding the default keys, e.g. {\"UNDO\": \"z\", \"TAG_ENTITY:PERS\": \"P\"}.")
    java.nio.file.Path keys;

    @Option(names = "--print-keys", description = "Print the key table (after --keys overrides) as Markdown and exit.")
    boolean printKeys;

    mizan.text.BidiLayout.Mode bidiMode() {
        return switch (bidi.toLowerCase(java.util.Locale.ROOT)) {
            case "app" -> noShaping ? mizan.text.BidiLayout.Mode.APP_UNSHAPED : mizan.text.BidiLayout.Mode.APP;
            case "terminal" -> mizan.text.BidiLayout.Mode.TERMINAL;
            default -> throw new UserException("--bidi must be app or terminal, not '" + bidi + "'", 2);
        };
    }

    mizan.tui.Keymap keymap(mizan.model.LabelScheme scheme) {
        try {
            if (keys == null) {
                return mizan.tui.Keymap.defaults(scheme);
            }
            String json;
            try {
                json = java.nio.file.Files.readString(keys);
            } catch (java.io.IOException e) {
                throw new UserException(keys + ": cannot read the key file: " + mizan.model.FileProblem.why(e), 2);
            }
            return mizan.tui.Keymap.fromJson(scheme, json, keys.toString());
        } catch (mizan.tui.Keymap.KeymapException e) {
            throw new UserException(e.getMessage(), 2);
        }
    }

    String annotatorName() {
        return Access.caller(annotator);
    }
}
