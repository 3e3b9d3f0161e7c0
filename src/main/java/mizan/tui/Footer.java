package mizan.tui;

import java.util.List;
import java.util.Map;

/** The bottom two rows: the keys of the current mode (or its prompt), and the status line. */
final class Footer {

    private static final Map<String, String> NAMES = Map.of(
            "Left", "←", "Right", "→", "Up", "↑", "Down", "↓", "S-Left", "⇧←", "S-Right", "⇧→",
            "S-Tab", "⇧Tab", "C-r", "Ctrl-R", "C-c", "Ctrl-C");

    private Footer() {
    }

    static String keyName(String key) {
        return NAMES.getOrDefault(key, key);
    }

    static void draw(Grid g, State s, int y) {
        Keymap k = s.keymap();
        String keys = switch (s.mode()) {
            case CLAIM_WORTHY -> "Claim: is it check-worthy?  y yes  n no" + keeps(s, s.claim().checkWorthy() == null ? null
                    : s.claim().checkWorthy() ? "yes" : "no") + "  (Esc cancels)";
            case CLAIM_CLAIMER -> claimerPrompt(s);
            case CLAIM_STANCE -> {
                StringBuilder b = new StringBuilder("Claimer's stance:");
                for (String st : s.scheme().claimerStances()) {
                    b.append("  ").append(ClaimFlow.stanceKey(st)).append(" ").append(st);
                }
                yield b + keeps(s, s.claim().claimerStance()) + "  (Esc cancels)";
            }
            case TAKE_VERSION -> {
                StringBuilder b = new StringBuilder("Take whose version into gold?");
                var versions = s.para().data().versions();
                for (int i = 0; i < versions.size(); i++) {
                    b.append("  ").append(i + 1).append(" ").append(versions.get(i).annotator());
                }
                yield b + "  (Esc cancels)";
            }
            case GOTO -> "Go to ¶ (number in this document, or document:number): " + s.prompt().input() + "▏";
            case SEARCH -> "Search: " + s.prompt().input() + "▏";
            case COMMENT -> "Comment (Enter saves, empty clears): " + s.prompt().input() + "▏";
            default -> s.para() == null ? (s.queue().isEmpty() ? "" : keyName(k.keyOf(Action.NEXT_PARAGRAPH)) + " next  ")
                    + k.keyOf(Action.HELP) + " help  " + k.keyOf(Action.QUIT) + " quit" : fit(g.cols() - 2, List.of(
                    firstStanceKeys(s) + " stance", keyName(k.keyOf(Action.NEXT_TARGET)) + " target",
                    "⇧" + keyName(k.keyOf(Action.CURSOR_LEFT)) + keyName(k.keyOf(Action.CURSOR_RIGHT)) + " select",
                    k.keyOf(Action.START_BACK) + k.keyOf(Action.START_FORWARD) + k.keyOf(Action.END_BACK)
                            + k.keyOf(Action.END_FORWARD) + " edge",
                    k.keyOf(Action.MAKE_CLAIM) + " claim", k.keyOf(Action.DELETE_SPAN) + " del",
                    k.keyOf(Action.UNDO) + " undo", keyName(k.keyOf(Action.NEXT_PARAGRAPH)) + " next"),
                    k.keyOf(Action.HELP) + " help  " + k.keyOf(Action.QUIT) + " quit");
        };
        g.print(0, y, " " + keys, g.cols(), s.mode() == State.Mode.NORMAL ? Style.DIM : Style.BOLD, s.bidi());
        Style st = s.error() ? Style.fg(Style.Color.RED).withBold() : Style.PLAIN;
        String status = s.message();
        if (status != null && !status.isEmpty()) {
            g.print(1, y + 1, (s.error() ? "✗ " : "") + status, g.cols() - 2, st, s.bidi());
        }
    }

    /** As many items as fit, in order, always ending with the help and quit keys. */
    private static String fit(int width, List<String> items, String always) {
        StringBuilder b = new StringBuilder();
        for (String item : items) {
            if (b.length() + item.length() + 2 + always.length() > width) {
                break;
            }
            b.append(item).append("  ");
        }
        return b + always;
    }

    private static String firstStanceKeys(State s) {
        var labels = s.scheme().stanceLabels();
        return labels.get(0).key() + "-" + labels.get(labels.size() - 1).key();
    }

    private static String claimerPrompt(State s) {
        String typed = s.claim().digits();
        return "Claimer: ↑↓ Enter, a AUTHOR, n ANONYMOUS, or the entity's number" + (typed.isEmpty() ? ""
                : ": " + typed + "▏") + "  (Esc cancels)";
    }

    /** When changing a claim: what Enter keeps. */
    private static String keeps(State s, String current) {
        return s.claim().editing() && current != null ? "  Enter keeps " + current : "";
    }
}
