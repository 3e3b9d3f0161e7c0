package mizan.app;

import mizan.model.LabelScheme;
import mizan.model.SchemeDiff;
import mizan.model.SchemeDiff.Part;
import mizan.store.Relabel;
import mizan.store.Store;
import mizan.tui.Keymap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mizan init}: create the project database, optionally with the project's own label scheme. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create (or upgrade) the project database. With --labels, validate and install a label"
                + " scheme (JSON, same layout as the built-in one) in place of the one installed.",
                "", "On a project with a team, changing the scheme is the lead's. The change is printed first, as a"
                + " diff of targets, stance labels, entity types, claimer stances and keys, with what each does to"
                + " existing work. A scheme that removes an id labels still have is refused unless those labels are"
                + " mapped to an id of the new scheme (--map OLD=NEW) or dropped (--drop ID); mapping and dropping"
                + " are written with the new scheme in one transaction, as events of the event log with each"
                + " label's before and after (each owner's part one batch). A label key that is one of the workbench's own keys (q quits) is"
                + " refused, naming the file. A refused scheme changes nothing, and leaves no new database behind."},
        footer = {"", LabelChanges.IDS})
final class InitCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    UserOption user;

    @Option(names = "--labels", paramLabel = "FILE", description = "A labels.json to install.")
    Path labels;

    @Option(names = "--print-default-labels", description = "Print the built-in label scheme (a starting point) and exit.")
    boolean printDefault;

    @Mixin
    LabelChanges changes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (printDefault) {
            out.print(LabelScheme.defaults().json());
            out.flush();
            return 0;
        }
        if (labels == null && (changes.any() || changes.dryRun)) {
            throw new UserException("--map, --drop and --dry-run go with --labels FILE (to change labels without"
                    + " a new scheme: mizan relabel)", 2);
        }
        String json = labels == null ? null : read(labels);
        LabelScheme wanted = json == null ? null : checked(json, labels.toString());
        Path path = storeOptions.path();
        boolean existed = Files.exists(path);
        boolean keep = false;
        try (Store store = storeOptions.create()) {
            if (wanted != null) {
                install(store, json, wanted, out);
            }
            if (!changes.dryRun) {
                out.printf("database %s is ready (schema version %d)%n", store.path(), mizan.store.Schema.version());
            }
            keep = !changes.dryRun;
        } finally {
            out.flush();
            if (!existed && !keep) {
                removeNew(path);
            }
        }
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(file + ": cannot read the label scheme (" + (Files.exists(file)
                    ? "not readable" : "no such file") + ")");
        }
    }

    /**
     * The scheme in {@code json}, refused when a stance or entity key is one the workbench binds
     * itself: every workbench would then refuse to start, so the clash is named here, with the file.
     */
    static LabelScheme checked(String json, String source) {
        LabelScheme scheme = LabelScheme.parse(json, source);
        List<Keymap.Binding> workbench = Keymap.defaults(LabelScheme.defaults()).bindings().stream()
                .filter(b -> b.arg() == null).toList();
        Map<String, List<LabelScheme.LabelDef>> labelKeys = new LinkedHashMap<>();
        labelKeys.put("stance label", scheme.stanceLabels());
        labelKeys.put("entity type", scheme.entityTypes());
        for (Map.Entry<String, List<LabelScheme.LabelDef>> e : labelKeys.entrySet()) {
            for (LabelScheme.LabelDef d : e.getValue()) {
                for (Keymap.Binding b : workbench) {
                    if (b.key().equals(d.key())) {
                        throw new UserException(source + ": key '" + d.key() + "' for " + e.getKey() + " " + d.id()
                                + " is the workbench's " + b.id() + " key; give " + d.id() + " another key (the"
                                + " workbench's keys: mizan annotate --print-keys)");
                    }
                }
            }
        }
        try {
            Keymap.defaults(scheme);
        } catch (Keymap.KeymapException e) {
            throw new UserException(source + ": " + e.getMessage());
        }
        return scheme;
    }

    private void install(Store store, String json, LabelScheme wanted, PrintWriter out) {
        String actor = Access.require(store, user.name(), Right.CHANGE_SCHEME).name();
        LabelScheme current = store.settings().labelScheme();
        SchemeDiff diff = current.diff(wanted);
        Relabel relabel = new Relabel(store);
        List<Relabel.Rule> rules = changes.rules(relabel, current, wanted);
        List<String> orphans = new ArrayList<>();
        out.println(current.name().equals(wanted.name()) ? "label scheme '" + current.name() + "', as " + labels + " has it:"
                : "label scheme '" + current.name() + "' → '" + wanted.name() + "' (" + labels + "):");
        for (Part part : Part.values()) {
            List<SchemeDiff.Change> of = diff.of(part);
            out.printf("  %ss:%s%n", part.noun(), of.isEmpty() ? " no change" : "");
            for (SchemeDiff.Change c : of) {
                out.printf("    %s %-12s %s%n", sign(c.what()), c.id(), explain(c, relabel, rules, orphans));
            }
        }
        if (diff.guidelinesChanged()) {
            out.println("  guidelines: changed (help only)");
        }
        Relabel.Report report = relabel.run(new Relabel.Plan(actor, "init --labels " + labels, rules, null,
                current.targetIds(), wanted.targetIds(), json, !changes.dryRun && orphans.isEmpty()));
        out.println("what it does to existing work:");
        LabelChanges.tell(out, report, "  ", diff.added(Part.TARGET));
        if (!orphans.isEmpty()) {
            String first = orphans.get(0).substring(0, orphans.get(0).indexOf(' '));
            throw new UserException(labels + " removes ids that existing labels use: " + String.join("; ", orphans)
                    + ". Map them to an id of the new scheme (--map " + first + "=NEW) or drop them (--drop " + first
                    + "), then run init again. Nothing was changed.");
        }
        out.println(changes.dryRun ? "dry run: nothing was changed"
                : "installed label scheme '" + wanted.name() + "' from " + labels
                + (rules.isEmpty() ? "" : "; its " + LabelChanges.changed(report) + " label changes are in the event"
                + " log (mizan log)"));
    }

    private static String sign(SchemeDiff.What what) {
        return switch (what) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case KEY, WORDING -> "~";
        };
    }

    /** One change, in words, with the labels a removed id leaves (noted in {@code orphans} when nothing takes them). */
    private static String explain(SchemeDiff.Change c, Relabel relabel, List<Relabel.Rule> rules, List<String> orphans) {
        return switch (c.what()) {
            case ADDED -> "added" + (c.after() == null ? "" : ", key '" + c.after() + "'");
            case KEY -> "key '" + c.before() + "' → '" + c.after() + "'";
            case WORDING -> "name, colour or description changed; labels unchanged";
            case REMOVED -> {
                Relabel.Tally used = relabel.usage(c.part(), c.id());
                String carried = LabelChanges.count(used, c.part().row()) + " " + (used.total() == 1 ? "has" : "have")
                        + " this " + (c.part() == Part.ENTITY_TYPE ? "type" : c.part().noun());
                Relabel.Rule rule = rules.stream().filter(r -> r.part() == c.part() && r.from().equals(c.id()))
                        .findFirst().orElse(null);
                if (used.isEmpty()) {
                    yield "removed; no labels have it";
                } else if (rule == null) {
                    orphans.add(c.id() + " on " + LabelChanges.count(used, c.part().row()));
                    yield "removed; " + carried + ": map or drop them";
                }
                yield "removed; " + carried + (rule.drops() ? ": dropped" : ": mapped to " + rule.to());
            }
        };
    }

    /** Takes away a database this command made and may not keep (a refused scheme, a dry run), with SQLite's side files. */
    private static void removeNew(Path path) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(path + suffix));
            } catch (IOException e) {
                // what is left is an empty database, which the next init takes as its own
            }
        }
    }
}
