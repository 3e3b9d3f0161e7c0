package mizan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.model.Annotator;
import mizan.model.Paragraph;
import mizan.model.Role;
import mizan.store.Event;
import mizan.store.LogEntries;
import mizan.store.Store;
import mizan.text.Graphemes;
import mizan.text.Offsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mizan log}: who changed what, when, from what. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"The audit trail: every labeling action, undo and redo, oldest first, with the value before",
                "and after, and who acted on whose labels (rita → @gold: rita edited gold). An import is one line per"
                + " file and owner (lead imported FILE as alice (N paragraphs)). Annotators see their own actions"
                + " and changes to their labels; reviewers and leads see everyone's."})
final class LogCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT = "import-annotations ";
    /** Letters of a span's text shown; a long claim is cut short. */
    private static final int QUOTED = 40;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--paragraph", paramLabel = "ID", description = "Only this paragraph.")
    String paragraph;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only this person's actions.")
    String annotator;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "The last N lines (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--each", description = "Every event on a line of its own, an import's too.")
    boolean each;

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
            String involved = null;
            if (!Right.SEE_OTHERS.allows(me.role())) {
                if (who != null && !who.equals(me.name())) {
                    throw new UserException(me.name() + " is an annotator; other people's actions are for reviewers"
                            + " and leads (labeling is blind)", 3);
                }
                who = null;
                involved = me.name(); // her actions, and changes others made to her labels (an import)
            }
            List<LogEntries.Entry> entries = LogEntries.read(store, new LogEntries.Filter(paragraph, who, involved),
                    limit, !each);
            PrintWriter out = spec.commandLine().getOut();
            if (entries.isEmpty()) {
                out.println("no events" + (paragraph != null ? " for paragraph " + paragraph : "")
                        + (who != null ? " by " + who : "") + (involved != null ? " by or for " + involved : ""));
            }
            int width = entries.stream().filter(e -> !oneLine(e)).mapToInt(e -> who(e.first()).length()).max().orElse(0);
            Map<String, String> texts = new HashMap<>();
            for (LogEntries.Entry entry : entries) {
                Event e = entry.first();
                if (oneLine(entry)) {
                    out.printf("%-27s %s%n", e.at(), together(entry));
                    continue;
                }
                String text = e.paragraphId() == null ? null : texts.computeIfAbsent(e.paragraphId(),
                        id -> store.documents().paragraph(id).map(Paragraph::text).orElse(null));
                out.printf("%-27s %-" + Math.max(width, 10) + "s %-22s %-6s %s%n", e.at(), who(e), e.paragraphId(),
                        e.kind(), describe(e, text) + (e.source() != null ? "  (" + e.source() + ")" : ""));
            }
            out.flush();
        }
        return 0;
    }

    /** Whether the entry is a change made elsewhere, told in a sentence (the events of an import). */
    private boolean oneLine(LogEntries.Entry entry) {
        return entry.first().source() != null && !each;
    }

    /** Who acted, and on whose labels when they are not her own: "rita → @gold". */
    static String who(Event e) {
        return e.owner() == null || e.owner().equals(e.annotator()) ? e.annotator() : e.annotator() + " → " + e.owner();
    }

    /** The events of one change made elsewhere, in one line: "lead imported FILE as alice (3 paragraphs)". */
    static String together(LogEntries.Entry entry) {
        Event e = entry.first();
        String what = e.source().startsWith(IMPORT) ? "imported " + e.source().substring(IMPORT.length()) + " as "
                + e.owner() : "changed " + e.owner() + "'s labels by " + e.source();
        return e.annotator() + " " + what + (e.kind().equals("do") ? "" : " (" + e.kind() + ")") + " ("
                + entry.paragraphs() + (entry.paragraphs() == 1 ? " paragraph" : " paragraphs") + ")";
    }

    /** One line a person can read: what the row was and what it became, spans with their text. */
    static String describe(Event e, String paragraphText) {
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        JsonNode any = after != null ? after : before;
        String table = e.action().split("\\.")[0];
        return switch (table) {
            case "stance" -> "stance " + any.get("target").asText() + ": " + value(before, "label") + " → "
                    + value(after, "label");
            case "span" -> e.action() + " " + (before != null && after != null
                    ? span(before, paragraphText) + " → " + span(after, paragraphText) : span(any, paragraphText));
            case "flags" -> "flags: boilerplate " + value(before, "boilerplate") + " → " + value(after, "boilerplate")
                    + ", comment " + value(before, "comment") + " → " + value(after, "comment");
            case "gold" -> "decided " + any.get("task").asText() + ": " + value(after, "method") + " from "
                    + value(after, "sources");
            default -> e.action();
        };
    }

    /** {@code PERS «بوتين» [5, 11)}: the type (or "claim"), the text it covers, its code-point offsets. */
    private static String span(JsonNode n, String paragraphText) {
        int start = n.get("start").asInt();
        int end = n.get("end").asInt();
        String type = n.get("label").isNull() ? "claim" : n.get("label").asText();
        return type + " " + quote(paragraphText, start, end) + "[" + start + ", " + end + ")";
    }

    /**
     * The paragraph's text from {@code start} to {@code end}, shortened to {@value #QUOTED} letters,
     * isolated (FSI … PDI) so that a terminal that reorders keeps the offsets after it in place.
     */
    static String quote(String text, int start, int end) {
        if (text == null || end > text.codePointCount(0, text.length())) {
            return "";
        }
        List<String> letters = Graphemes.clusters(Offsets.substring(text, start, end));
        String shown = letters.size() <= QUOTED ? String.join("", letters)
                : String.join("", letters.subList(0, QUOTED - 1)) + "…";
        return "«\u2068" + shown + "\u2069» ";
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
