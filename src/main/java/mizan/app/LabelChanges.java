package mizan.app;

import mizan.model.LabelScheme;
import mizan.model.SchemeDiff.Part;
import mizan.store.Relabel;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code --map}, {@code --drop} and {@code --dry-run} options that {@code init --labels} and
 * {@code relabel} share, what they ask of the store, and how what it did is told.
 */
final class LabelChanges {

    static final String IDS = "An ID is an entity type, stance label, target or claimer stance; when the same ID is"
            + " more than one of these, say which: entity:ID, stance:ID, target:ID, claimer:ID.";

    @Option(names = "--map", paramLabel = "OLD=NEW",
            description = "Labels OLD become NEW, of the same kind (--map OCC=PERS, --map NEUTRAL=UNRELATED,"
                    + " --map target:NUKES=MILCOOP). Repeatable.")
    List<String> maps = new ArrayList<>();

    @Option(names = "--drop", paramLabel = "ID",
            description = "Labels ID are deleted (--drop OCC; a target's stances: --drop NUKES). Repeatable.")
    List<String> drops = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print what would change and change nothing.")
    boolean dryRun;

    boolean any() {
        return !maps.isEmpty() || !drops.isEmpty();
    }

    /**
     * The rules asked for. An OLD id is looked up among the ids of {@code before} and those labels
     * carry; a NEW id must be one of {@code after}'s, of the same kind.
     */
    List<Relabel.Rule> rules(Relabel relabel, LabelScheme before, LabelScheme after) {
        List<Relabel.Rule> out = new ArrayList<>();
        for (String m : maps) {
            int eq = m.indexOf('=');
            if (eq <= 0 || eq == m.length() - 1) {
                throw new UserException("--map takes OLD=NEW, as in --map OCC=PERS; got '" + m + "'", 2);
            }
            String to = m.substring(eq + 1).strip();
            Part part = part(m.substring(0, eq).strip(), to, relabel, before, after, "--map " + m);
            String from = bare(m.substring(0, eq).strip());
            if (!part.ids(after).contains(to)) {
                throw new UserException("--map " + m + ": " + to + " is not " + article(part) + " of the scheme '"
                        + after.name() + "' (its " + part.noun() + "s: " + String.join(", ", part.ids(after)) + ")", 2);
            }
            if (from.equals(to)) {
                throw new UserException("--map " + m + " maps " + from + " to itself", 2);
            }
            out.add(new Relabel.Rule(part, from, to));
        }
        for (String d : drops) {
            out.add(new Relabel.Rule(part(d.strip(), null, relabel, before, after, "--drop " + d), bare(d.strip()), null));
        }
        Set<String> seen = new HashSet<>();
        for (Relabel.Rule r : out) {
            if (!seen.add(r.part() + ":" + r.from())) {
                throw new UserException(r.part().noun() + " " + r.from() + " is mapped or dropped twice; give it one --map"
                        + " or --drop", 2);
            }
        }
        for (Relabel.Rule r : out) {
            if (r.to() != null && seen.contains(r.part() + ":" + r.to())) {
                throw new UserException("--map " + r.from() + "=" + r.to() + " maps to " + r.to() + ", which is mapped or"
                        + " dropped too; make one change at a time (mizan relabel), so each does what it says", 2);
            }
        }
        return out;
    }

    /** Which kind of id {@code old} is: its prefix, else the only kind that has it (one that takes {@code to}). */
    private static Part part(String old, String to, Relabel relabel, LabelScheme before, LabelScheme after,
                             String option) {
        int colon = old.indexOf(':');
        if (colon > 0) {
            String prefix = old.substring(0, colon);
            return Arrays.stream(Part.values()).filter(p -> p.prefix().equals(prefix)).findFirst()
                    .orElseThrow(() -> new UserException(option + ": unknown kind '" + prefix + "' (expected entity,"
                            + " stance, target or claimer)", 2));
        }
        List<Part> known = new ArrayList<>();
        for (Part p : Part.values()) {
            if (p.ids(before).contains(old) || p.ids(after).contains(old) || relabel.inUse(p).contains(old)) {
                known.add(p);
            }
        }
        if (known.size() > 1 && to != null) {
            known.removeIf(p -> !p.ids(after).contains(to));
        }
        if (known.isEmpty()) {
            throw new UserException(option + ": no label, target or type " + old + " in the scheme or the database"
                    + " (ids are case-sensitive)", 2);
        }
        if (known.size() > 1) {
            throw new UserException(option + ": " + old + " is both " + article(known.get(0)) + " and "
                    + article(known.get(1)) + "; say which, as in " + known.get(0).prefix() + ":" + old, 2);
        }
        return known.get(0);
    }

    private static String bare(String id) {
        return id.substring(id.indexOf(':') + 1);
    }

    private static String article(Part p) {
        return (p == Part.ENTITY_TYPE ? "an " : "a ") + p.noun();
    }

    /** "12 spans of 3 annotators (and gold)", "1 stance of gold". */
    static String count(Relabel.Tally t, String row) {
        long n = t.total();
        String rows = n + " " + row + (n == 1 ? "" : "s") + " of ";
        long people = t.annotators();
        if (people == 0) {
            return rows + (t.gold() ? "gold" : "nobody");
        }
        return rows + people + " annotator" + (people == 1 ? "" : "s") + (t.gold() ? " (and gold)" : "");
    }

    /**
     * Prints what a run did (or would do) to existing work: each rule's labels, then paragraphs that
     * become unfinished (for {@code newTargets} or stances taken away) or finished.
     */
    static void tell(PrintWriter out, Relabel.Report report, String indent, List<String> newTargets) {
        boolean any = false;
        for (Relabel.Outcome o : report.outcomes()) {
            Relabel.Rule r = o.rule();
            if (o.changed().isEmpty()) {
                out.printf("%sno labels carry %s %s%n", indent, r.part().noun(), r.from());
                continue;
            }
            StringBuilder line = new StringBuilder(indent + count(o.changed(), r.part().row()) + ": " + r.from()
                    + (r.drops() ? " dropped" : " → " + r.to()));
            if (o.merged() > 0) {
                line.append(r.part() == Part.TARGET
                        ? " (" + o.merged() + " already had a " + r.to() + " stance, which is kept)"
                        : " (" + o.merged() + " merged into the " + r.to() + " already on the same edges)");
            }
            if (o.claimersCleared() > 0) {
                line.append("; ").append(o.claimersCleared()).append(" claim").append(o.claimersCleared() == 1 ? "" : "s")
                        .append(" citing them now ha").append(o.claimersCleared() == 1 ? "s" : "ve").append(" no claimer");
            }
            out.println(line);
            any = true;
        }
        if (!report.unfinished().isEmpty()) {
            out.printf("%s%s become unfinished: %s%n", indent, paragraphs(report.unfinished()), why(report, newTargets));
            any = true;
        }
        if (!report.finished().isEmpty()) {
            out.printf("%s%s become finished (fewer targets to label)%n", indent, paragraphs(report.finished()));
            any = true;
        }
        if (!any && report.outcomes().isEmpty()) {
            out.printf("%snone: no label changes, no paragraph becomes unfinished%n", indent);
        }
    }

    /** What takes a finished paragraph's stances away: a new target, or stances dropped or moved. */
    private static String why(Relabel.Report report, List<String> newTargets) {
        List<String> reasons = new ArrayList<>();
        if (!newTargets.isEmpty()) {
            reasons.add("new target" + (newTargets.size() == 1 ? " " : "s ") + String.join(", ", newTargets));
        }
        for (Relabel.Outcome o : report.outcomes()) {
            Relabel.Rule r = o.rule();
            boolean stance = r.part() == Part.STANCE_LABEL || r.part() == Part.TARGET;
            if (stance && !o.changed().isEmpty() && (r.drops() || r.part() == Part.TARGET)) {
                reasons.add(r.from() + " stances " + (r.drops() ? "dropped" : "moved to " + r.to()));
            }
        }
        return String.join("; ", reasons);
    }

    /** "19 paragraphs of 2 annotators (alice 12, bob 7)"; names only while they are few. */
    private static String paragraphs(Relabel.Tally t) {
        List<String> each = t.byOwner().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
        return count(t, "paragraph") + (each.size() > 1 && each.size() <= 5 ? " (" + String.join(", ", each) + ")" : "");
    }

    /** How many labels the run changed, all rules together. */
    static long changed(Relabel.Report report) {
        return report.outcomes().stream().mapToLong(o -> o.changed().total()).sum();
    }
}
