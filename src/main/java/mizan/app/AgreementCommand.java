package mizan.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mizan.agreement.AgreementReport;
import mizan.agreement.LabelMatrix;
import mizan.agreement.Level;
import picocli.CommandLine.Command;
import mizan.model.FileProblem;
import mizan.store.Store;
import mizan.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mizan agreement}: inter-annotator agreement of the project's labels (database mode, the
 * default) or of ratings in a CSV file ({@code --input}). Loading ({@link DbLabels},
 * {@link CsvLabels}), computing ({@link AgreementReport}, {@link mizan.agreement.SpanReport}) and
 * rendering ({@link AgreementJson}, {@link AgreementTable}, {@link SpanOutput}) are separate steps.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Inter-annotator agreement: Krippendorff's α (with a bootstrap 95%% CI), Cohen's κ per pair,"
                + " weighted κ, Scott's π, Fleiss' κ, percent agreement, confusion matrices, α per document"
                + " and the most disagreed items; for entities and claims, exact and overlap F1 per pair and"
                + " label and unitizing α.",
            "From the project database (default): gold labels (@gold) and paragraphs flagged as boilerplate on"
                + " import are left out, and a paragraph an annotator flagged as boilerplate/skip counts as not"
                + " rated by that annotator. Stance items are (paragraph, target) pairs named <paragraph id>/<target>."
                + " Entities and claims are compared only on " + SpanOutput.RULE + ".",
            "From --input FILE.csv: a UTF-8 CSV with header item,annotator,label (optional document column), one"
                + " row per rating; a missing rating is an absent row."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the report was written", "1:the report could not be written (e.g. --out not writable)",
            "2:usage or input error (bad option, no such database, unreadable or malformed CSV, unknown annotator"
                + " or target, too little data)"})
public final class AgreementCommand implements Callable<Integer> {

    static final int INPUT_ERROR = 2;
    static final int OUTPUT_ERROR = 1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    UserOption user;

    @Option(names = "--input", paramLabel = "FILE.csv",
            description = "CSV of ratings: item,annotator,label (instead of the database).")
    private Path input;

    @Option(names = "--task", paramLabel = "TASK",
            description = "stance (default), entities, claims or all (the three in one report); database only.")
    private String task;

    @Option(names = "--target", paramLabel = "ID",
            description = "Stance of this target only (default: every target, items are paragraph × target).")
    private String target;

    @Option(names = "--annotators", split = ",", paramLabel = "a,b,...",
            description = "Only these annotators, in this order (default: everyone with labels of the task,"
                    + " or everyone in the CSV file).")
    private List<String> annotators;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "nominal",
            description = "Level of measurement for α: nominal, ordinal, interval or ratio (default: ${DEFAULT-VALUE}).")
    private String level;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people) or json (one object; default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Path out;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap resamples for α's 95%% CI; 0 turns it off (default: ${DEFAULT-VALUE}).")
    private int bootstrap;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the bootstrap, so that the interval is reproducible (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            Level lvl = parseLevel();
            boolean json = parseFormat();
            if (bootstrap < 0) {
                throw new InputException("--bootstrap must be 0 or more, not " + bootstrap);
            }
            boolean colour = out == null && System.console() != null;
            text = input != null ? fromCsv(lvl, json, colour) : fromDatabase(lvl, json, colour);
        } catch (InputException e) {
            err.println("mizan agreement: " + e.getMessage());
            err.flush();
            return INPUT_ERROR;
        }
        return write(text, err);
    }

    private String fromCsv(Level lvl, boolean json, boolean colour) throws InputException {
        if (task != null || target != null || storeOptions.db != null) {
            throw new InputException("--task, --target and --db read the project database; --input reads a CSV"
                    + " file instead: give one or the other");
        }
        LabelMatrix m = AgreementData.checkAnnotators(AgreementData.select(new CsvLabels(input).load(), annotators));
        AgreementReport report = AgreementData.checkPairable(AgreementReport.compute(m, lvl, bootstrap, seed));
        return json ? AgreementJson.render(report) + "\n" : AgreementTable.render(report, colour);
    }

    /** A read-only command: a database that is not there is an error, never created empty. */
    private String fromDatabase(Level lvl, boolean json, boolean colour) throws InputException {
        String t = task == null ? "stance" : task;
        DbAgreement.checkTask(t);
        try (Store store = storeOptions.open()) {
            // Blind labeling: figures and most-disagreed lists speak of other people's labels.
            Access.require(store, user.name(), Right.SEE_OTHERS);
            return DbAgreement.render(new DbLabels(store), new DbAgreement.Request(t, target, annotators, lvl,
                    bootstrap, seed), json, colour);
        } catch (StoreOptions.NoDatabase e) {
            throw new InputException(e.getMessage() + "; or read ratings from a CSV file with --input FILE.csv");
        } catch (StoreException e) {
            throw new InputException(e.getMessage());
        }
    }

    private Level parseLevel() throws InputException {
        try {
            return Level.parse(level);
        } catch (IllegalArgumentException e) {
            throw new InputException("--level must be nominal, ordinal, interval or ratio, not '" + level + "'");
        }
    }

    private boolean parseFormat() throws InputException {
        if (!format.equals("table") && !format.equals("json")) {
            throw new InputException("--format must be table or json, not '" + format + "'");
        }
        return format.equals("json");
    }

    private int write(String text, PrintWriter err) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return 0;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
            return 0;
        } catch (IOException e) {
            err.println("mizan agreement: cannot write " + out + ": " + FileProblem.why(e));
            err.flush();
            return OUTPUT_ERROR;
        }
    }
}
