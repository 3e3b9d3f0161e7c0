package mizan.app;

import mizan.model.LabelScheme;
import mizan.store.Relabel;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mizan relabel}: map or drop labels on existing work, everyone's or one annotator's. */
@Command(name = "relabel", mixinStandardHelpOptions = true,
        description = {"Change labels on existing work in bulk: every label OLD becomes NEW (--map OLD=NEW) or is"
                + " deleted (--drop ID), for everyone or, with --annotator, for one person. NEW must be in the"
                + " installed label scheme. Entities keep the span rules: an entity mapped to a type its owner"
                + " already has on the same edges is merged into that one, and claims citing it follow.",
                "", "Written in one transaction, as events of the event log (mizan log) with each label's before and"
                + " after, logged as yours; each owner's part is one batch. The lead's command."},
        footer = {"", LabelChanges.IDS, "", "Examples:", "  mizan relabel --map OCC=PERS",
                "  mizan relabel --drop NEUTRAL --annotator alice --dry-run"})
final class RelabelCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    UserOption user;

    @Mixin
    LabelChanges changes;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Change only NAME's labels.")
    String annotator;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            if (!changes.any()) {
                throw new UserException("relabel needs at least one --map OLD=NEW or --drop ID (see mizan relabel --help)",
                        2);
            }
            String actor = Access.require(store, user.name(), Right.CHANGE_SCHEME).name();
            LabelScheme scheme = store.settings().labelScheme();
            Relabel relabel = new Relabel(store);
            List<Relabel.Rule> rules = changes.rules(relabel, scheme, scheme);
            Relabel.Report report = relabel.run(new Relabel.Plan(actor, "relabel", rules, annotator,
                    scheme.targetIds(), scheme.targetIds(), null, !changes.dryRun));
            LabelChanges.tell(out, report, "", List.of());
            long changed = LabelChanges.changed(report);
            out.println(changes.dryRun ? "dry run: nothing was changed"
                    : changed > 0 ? "relabeled: " + changed + " label changes, in the event log (mizan log)"
                    : "nothing to change" + (annotator == null ? "" : " in " + annotator + "'s labels"));
            out.flush();
        }
        return 0;
    }
}
