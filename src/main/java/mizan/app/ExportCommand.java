package mizan.app;

import mizan.export.ExportException;
import mizan.export.ExportOptions;
import mizan.export.Exporter;
import mizan.export.Format;
import mizan.export.GoldPolicy;
import mizan.export.CardAgreement;
import mizan.export.Source;
import mizan.model.LabeledParagraph;
import mizan.store.LabelViews;
import mizan.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code mizan export}: the labels as training data, in every format, from one streaming pass. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export labeled paragraphs as datasets (JSONL, Hugging Face, CoNLL, brat, CSV).",
                "Formats: master JSONL, Hugging Face (stance, claims, ner),"
                + " CoNLL IOB2, brat standoff and SemEval-style stance CSV. Each export is a timestamped folder in"
                + " the exports folder, with a 'latest' link; it is checked (offsets, IOB2, splits) before it is"
                + " moved into place, and a failed export leaves nothing behind."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "all",
            description = "jsonl, hf, conll, brat, csv (comma-separated) or all (default).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "exports",
            description = "The exports folder (default: exports).")
    Path out;

    @ArgGroup(exclusive = true)
    Who who = new Who();

    static final class Who {
        @Option(names = "--gold", description = "Gold labels: adjudicated, else --policy (the default).")
        boolean gold;

        @Option(names = "--annotator", paramLabel = "NAME", description = "One annotator's labels.")
        String annotator;

        @Option(names = "--all-annotators", description = "Every annotator's labels, a line per annotator and paragraph.")
        boolean all;
    }

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "unanimous",
            description = "Gold where nothing was adjudicated: adjudicated (nothing), unanimous (default) or majority.")
    String policy;

    @Option(names = "--split", paramLabel = "T,V,T", defaultValue = "80,10,10",
            description = "Train, validation and test percentages, by document (default: 80,10,10).")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the split (default: 42).")
    long seed;

    @Option(names = "--include-boilerplate", description = "Export boilerplate paragraphs too (marked boilerplate: true).")
    boolean includeBoilerplate;

    @Mixin
    UserOption user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            // Blind labeling: anyone may export their own labels; gold and other people's need a reviewer.
            String caller = user.name();
            if (who.annotator == null || !who.annotator.equals(caller)) {
                Access.require(store, caller, Right.EXPORT_ALL);
            }
            LabelViews views = new LabelViews(store);
            Source source = source(views, store);
            ExportOptions options = new ExportOptions(Format.parse(format), out, source,
                    ExportOptions.parseSplit(split), seed, includeBoilerplate);
            ProgressBar bar = new ProgressBar("exporting");
            Exporter.Result r;
            try {
                r = new Exporter(options, store.settings().labelScheme(), new CardAgreement(store.settings().labelScheme()),
                        paragraphs(views), (done, total) -> bar.update(done, total, "")).run();
            } finally {
                bar.finish();
            }
            o.printf("exported %d paragraphs of %d documents (%s) to %s%n%s", r.paragraphs(), r.documents(),
                    source.describe(), r.folder(), r.summary());
            o.flush();
            return 0;
        } catch (ExportException e) {
            throw new UserException(e.getMessage());
        }
    }

    private Source source(LabelViews views, Store store) {
        if (who.all) {
            return new Source.AllAnnotators();
        }
        if (who.annotator != null) {
            if (!views.hasLabels(who.annotator)) {
                List<String> names = views.annotatorsWithLabels();
                boolean member = store.team().find(who.annotator).isPresent();
                throw new UserException((member ? "annotator '" + who.annotator + "' has no labels to export"
                        : "unknown annotator '" + who.annotator + "'")
                        + "; annotators with labels: " + (names.isEmpty() ? "none yet" : String.join(", ", names)));
            }
            return new Source.Annotator(who.annotator);
        }
        try {
            return new Source.Gold(GoldPolicy.valueOf(policy.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UserException("--policy " + policy + ": use adjudicated, unanimous or majority");
        }
    }

    static Exporter.Paragraphs paragraphs(LabelViews views) {
        return new Exporter.Paragraphs() {
            @Override
            public long count() {
                return views.paragraphCount();
            }

            @Override
            public void stream(String onlyAnnotator, Consumer<LabeledParagraph> sink) {
                views.stream(onlyAnnotator, sink);
            }
        };
    }
}
