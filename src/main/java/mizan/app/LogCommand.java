package mizan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.model.Annotator;
import mizan.model.Role;
import mizan.store.Event;
import mizan.store.EventLog;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mizan log}: who changed what, when, from what. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"The audit trail: every labeling action, undo and redo, oldest first, with the value before",
                "and after. Annotators see their own actions; reviewers and leads see everyone's."})
final class LogCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--paragraph", paramLabel = "ID", description = "Only this paragraph.")
    String paragraph;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only this person's actions.")
    String annotator;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "The last N events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    UserOption user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            String caller = user.name();
            Annotator me = store.team().count() == 0 ? new Annotator(caller, Role.LEAD, null) : Access.member(store, caller);
            String who = annotator;
            if (!me.role().atLeast(Role.REVIEWER)) {
                if (who != null && !who.equals(me.name())) {
                    throw new UserException(me.name() + " is an annotator; other people's actions are for reviewers"
                            + " and leads (labeling is blind)", 3);
                }
                who = me.name();
            }
            List<Event> events = EventLog.list(store, paragraph, who, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (events.isEmpty()) {
                out.println("no events" + (paragraph != null ? " for paragraph " + paragraph : "")
                        + (who != null ? " by " + who : ""));
            }
            for (Event e : events) {
                out.printf("%-27s %-10s %-22s %-6s %s%n", e.at(), e.annotator(), e.paragraphId(), e.kind(), describe(e));
            }
            out.flush();
        }
        return 0;
    }

    /** One line a person can read: what the row was and what it became. */
    static String describe(Event e) {
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        JsonNode any = after != null ? after : before;
        String owner = any == null || !any.has("annotator") ? "" : any.get("annotator").asText();
        String whose = owner.equals(Annotator.GOLD) ? "gold " : "";
        String table = e.action().split("\\.")[0];
        return switch (table) {
            case "stance" -> whose + "stance " + any.get("target").asText() + ": " + value(before, "label") + " → "
                    + value(after, "label");
            case "span" -> whose + (after != null ? "added " : "deleted ") + (any.get("label").isNull() ? "claim"
                    : any.get("label").asText()) + " [" + any.get("start").asInt() + "," + any.get("end").asInt() + ")";
            case "flags" -> whose + "flags: boilerplate " + value(before, "boilerplate") + " → " + value(after, "boilerplate")
                    + ", comment " + value(before, "comment") + " → " + value(after, "comment");
            case "gold" -> "decided " + any.get("task").asText() + ": " + value(after, "method") + " from "
                    + value(after, "sources");
            default -> e.action();
        };
    }

    private static String value(JsonNode n, String field) {
        return n == null || !n.has(field) || n.get(field).isNull() ? "—" : n.get(field).asText();
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (Exception e) {
            return null;
        }
    }
}
