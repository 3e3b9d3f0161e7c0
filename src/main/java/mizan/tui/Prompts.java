package mizan.tui;

import mizan.tui.State.Prompt;
import mizan.tui.Waiting.Barrier;

import java.util.List;

/** The one-line prompts: go to, search, comment. */
final class Prompts {

    private Prompts() {
    }

    static State key(State s, Key key, List<Effect> out) {
        String name = key.name();
        if (name.equals("Esc") || name.equals("C-c")) {
            return s.withPrompt(Prompt.NORMAL).info("cancelled");
        }
        if (name.equals("Backspace")) {
            String in = s.prompt().input();
            return s.withPrompt(s.prompt().withInput(in.isEmpty() ? in : in.substring(0, in.offsetByCodePoints(in.length(), -1))));
        }
        if (name.equals("Enter")) {
            State n = s.withPrompt(Prompt.NORMAL);
            String in = s.prompt().input().strip();
            return switch (s.mode()) {
                case GOTO -> in.isEmpty() ? n : goTo(n, in, out);
                case SEARCH -> in.isEmpty() ? n : search(n, in, true, out);
                default -> Update.write(n, new Change.SetFlags(s.para().id(), s.para().labels().boilerplate(), in),
                        in.isEmpty() ? "comment removed" : "comment", out);
            };
        }
        if (key.isChar() || name.equals("Space")) {
            return s.withPrompt(s.prompt().withInput(s.prompt().input() + (key.isChar() ? name : " ")));
        }
        return s;
    }

    /**
     * Go to a paragraph by the number every screen and command shows: N is paragraph N of the
     * current document; DOC:N (or the paragraph id DOC-N) of document DOC, whose id may be cut
     * short; DOC alone is its first paragraph in the queue.
     */
    static State goTo(State s, String where, List<Effect> out) {
        String current = s.queue().currentId();
        String doc;
        Integer number = null;
        if (where.matches("\\d+")) {
            if (current == null) {
                return s.info("no paragraph here to count from");
            }
            doc = current.substring(0, current.lastIndexOf('-'));
            number = Integer.parseInt(where);
        } else {
            String[] parts = where.split("[:-](?=\\d+$)", 2);
            doc = parts[0].strip();
            if (parts.length == 2) {
                number = Integer.parseInt(parts[1]);
            }
        }
        List<String> ids = s.queue().ids();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int dash = id.lastIndexOf('-');
            if (id.substring(0, dash).startsWith(doc)
                    && (number == null || Integer.parseInt(id.substring(dash + 1)) == number)) {
                return Update.goTo(s, i, out).info("");
            }
        }
        return s.withStatus(State.Status.error(number == null ? "no document '" + doc + "' in your queue"
                : "no ¶ " + number + " of document " + doc + " in your queue"));
    }

    /** Searches from the cursor (or just past the last hit), forward or back, across the queue. */
    static State search(State s, String query, boolean forward, List<Effect> out) {
        int from;
        State.Search last = s.search();
        String here = s.queue().currentId();
        if (last.paragraphId() != null && last.paragraphId().equals(here) && last.query().equals(query)) {
            from = forward ? last.start() + 1 : last.start();
        } else {
            var w = Update.word(s);
            from = w == null ? 0 : forward ? w.start() : w.start();
        }
        out.add(new Effect.Search(query, s.queue().index(), from, forward));
        return s.withSearch(new State.Search(query, last.paragraphId(), last.start(), last.end()))
                .withWaiting(s.waiting().on(Barrier.SEARCH)).info("searching for «" + query + "»…");
    }
}
