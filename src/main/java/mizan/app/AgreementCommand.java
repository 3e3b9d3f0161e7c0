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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mizan agreement}: inter-annotator agreement of labels from a CSV file. Loading
 * ({@link LabelSource}), computing ({@link AgreementReport}) and rendering ({@link AgreementJson},
 * {@link AgreementTable}) are separate steps, so another source of labels plugs in at
 * {@link #labelSource()} without touching the rest.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Inter-annotator agreement: Krippendorff's α (with a bootstrap 95%% CI), Cohen's κ per pair,"
                + " weighted κ, Scott's π, Fleiss' κ, percent agreement, confusion matrices, α per document"
                + " and the most disagreed items.",
            "Input: a UTF-8 CSV with header item,annotator,label (optional document column), one row per"
                + " rating; a missing rating is an absent row."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the report was written", "1:the report could not be written (e.g. --out not writable)",
            "2:usage or input error (bad option, unreadable or malformed CSV, unknown annotator, too little data)"})
public final class AgreementCommand implements Callable<Integer> {

    static final int INPUT_ERROR = 2;
    static final int OUTPUT_ERROR = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE.csv", description = "CSV of ratings: item,annotator,label.")
    private Path input;

    @Option(names = "--annotators", split = ",", paramLabel = "a,b,...",
            description = "Only these annotators, in this order (default: all in the file).")
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
            LabelMatrix m = AgreementData.checkAnnotators(AgreementData.select(labelSource().load(), annotators));
            AgreementReport report = AgreementData.checkPairable(AgreementReport.compute(m, lvl, bootstrap, seed));
            text = json ? AgreementJson.render(report) + "\n"
                    : AgreementTable.render(report, out == null && System.console() != null);
        } catch (InputException e) {
            err.println("mizan agreement: " + e.getMessage());
            err.flush();
            return INPUT_ERROR;
        }
        return write(text, err);
    }

    /** The seam for other label sources (the project database): for now only --input. */
    private LabelSource labelSource() throws InputException {
        if (input == null) {
            throw new InputException("--input FILE.csv is required (reading from the project database is not"
                    + " available in this command yet); the CSV needs the header item,annotator,label");
        }
        return new CsvLabels(input);
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
            err.println("mizan agreement: cannot write " + out + ": " + e.getMessage());
            err.flush();
            return OUTPUT_ERROR;
        }
    }
}
