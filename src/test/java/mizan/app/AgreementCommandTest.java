package mizan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import mizan.agreement.AgreementReport;
import mizan.agreement.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The agreement command end to end on CSV fixtures: JSON contract, table, and every input error. */
class AgreementCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new AgreementCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private static String fixture(String name) {
        try {
            return Path.of(AgreementCommandTest.class.getResource("/mizan/agreement/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jsonCarriesTheLibraryFigures() throws Exception {
        assertThat(run("--input", fixture("stance.csv"), "--format", "json", "--bootstrap", "200", "--seed", "5"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        AgreementReport expected = AgreementReport.compute(new CsvLabels(Path.of(fixture("stance.csv"))).load(),
                Level.NOMINAL, 200, 5);

        assertThat(json.get("n_items").asInt()).isEqualTo(7);
        assertThat(json.get("n_annotators").asInt()).isEqualTo(3);
        assertThat(json.get("n_pairable_values").asLong()).isEqualTo(expected.alpha().pairableValues()).isEqualTo(16);
        assertThat(json.get("krippendorff_alpha").asDouble()).isEqualTo(expected.alpha().alpha());
        assertThat(json.get("alpha_ci95").get(0).asDouble()).isEqualTo(expected.alphaCi95()[0]);
        assertThat(json.get("alpha_ci95").get(1).asDouble()).isEqualTo(expected.alphaCi95()[1]);
        assertThat(json.get("percent_agreement").asDouble()).isEqualTo(expected.percentAgreement());
        assertThat(json.get("fleiss_kappa").asDouble()).isEqualTo(expected.fleiss().kappa());
        assertThat(json.get("fleiss_items_used").asInt()).isEqualTo(4);
        assertThat(json.get("scott_pi").isNull()).isTrue();
        assertThat(json.has("cohen_kappa_pair")).isFalse();
        JsonNode pairs = json.get("cohen_kappa");
        assertThat(pairs).hasSize(3);
        assertThat(pairs.get(0).get("a").asText()).isEqualTo("ali");
        assertThat(pairs.get(0).get("b").asText()).isEqualTo("badr");
        assertThat(pairs.get(0).get("kappa").asDouble()).isEqualTo(expected.pairs().get(0).cohenKappa());
        assertThat(pairs.get(0).get("items_used").asInt()).isEqualTo(5);
        assertThat(json.get("per_document")).hasSize(2);
        // Quoted fields keep their commas and doubled quotes; Arabic labels arrive intact.
        assertThat(json.get("categories").toString()).contains("محايد, غير واضح");
        assertThat(out.toString()).contains("p4, \\\"quoted\\\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void twoAnnotatorsGiveScottPiAndTheSingleKappa() throws Exception {
        assertThat(run("--input", fixture("stance.csv"), "--format", "json", "--annotators", "ali,badr")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("n_annotators").asInt()).isEqualTo(2);
        assertThat(json.get("cohen_kappa_pair").asDouble())
                .isEqualTo(json.get("cohen_kappa").get(0).get("kappa").asDouble());
        assertThat(json.get("scott_pi").isNumber()).isTrue();
    }

    @Test
    void tableIsPlainWhenNotATerminalAndReadsAlpha() {
        assertThat(run("--input", fixture("stance.csv"), "--level", "ORDINAL", "--bootstrap", "0")).isZero();
        String table = out.toString();
        assertThat(table).contains("Krippendorff's α (ordinal)", "Fleiss' κ", "Confusion matrix: ali (rows) × badr",
                "α per document", "Most disagreed items");
        assertThat(table).containsAnyOf("reliable", "tentative", "unreliable");
        assertThat(table).doesNotContain("\u001b[");
    }

    @Test
    void colourShadingOnlyWhenAsked() throws Exception {
        AgreementReport r = AgreementReport.compute(new CsvLabels(Path.of(fixture("stance.csv"))).load(),
                Level.NOMINAL, 0, 1);
        assertThat(AgreementTable.render(r, true)).contains("\u001b[97;48;5;");
        assertThat(AgreementTable.render(r, false)).doesNotContain("\u001b[");
    }

    @Test
    void outWritesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        assertThat(run("--input", fixture("stance.csv"), "--format", "json", "--out", file.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"krippendorff_alpha\"");
    }

    /** Each input error: its arguments (FIXTURE: names a test file) and what stderr must say. */
    static Stream<Arguments> inputErrors() {
        return Stream.of(
                Arguments.of("unknown annotator", List.of("--input", "FIXTURE:stance.csv", "--annotators", "ali,zaid"),
                        List.of("unknown annotator zaid", "ali, badr, jamal")),
                Arguments.of("missing column", List.of("--input", "FIXTURE:missing-column.csv"),
                        List.of("missing-column.csv:1", "no 'label' column")),
                Arguments.of("malformed row", List.of("--input", "FIXTURE:malformed.csv"),
                        List.of("malformed.csv:4: expected 3 fields")),
                Arguments.of("conflicting ratings", List.of("--input", "FIXTURE:conflict.csv"),
                        List.of("conflict.csv:3: annotator 'ali' labelled item 'p1' twice")),
                Arguments.of("unclosed quote", List.of("--input", "FIXTURE:open-quote.csv"),
                        List.of("open-quote.csv:2: a quoted field is not closed")),
                Arguments.of("missing file", List.of("--input", "/no/such/labels.csv"),
                        List.of("cannot read /no/such/labels.csv")),
                Arguments.of("one annotator", List.of("--input", "FIXTURE:one-annotator.csv"),
                        List.of("at least two annotators, found 1 (ali)")),
                Arguments.of("no pairable values", List.of("--input", "FIXTURE:no-pairable.csv"),
                        List.of("no item was labelled by two or more")),
                Arguments.of("no database", List.of("--db", "/no/such/mizan.db"),
                        List.of("no project database at /no/such/mizan.db", "--input FILE.csv")),
                Arguments.of("csv and database", List.of("--input", "FIXTURE:stance.csv", "--task", "stance"),
                        List.of("give one or the other")),
                Arguments.of("bad level", List.of("--input", "FIXTURE:stance.csv", "--level", "cardinal"),
                        List.of("--level must be nominal, ordinal, interval or ratio")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputErrors")
    void inputErrorsExitWithTwoAndSayWhatIsWrong(String name, List<String> args, List<String> messages) {
        String[] resolved = args.stream().map(a -> a.startsWith("FIXTURE:") ? fixture(a.substring(8)) : a)
                .toArray(String[]::new);
        assertThat(run(resolved)).isEqualTo(2);
        assertThat(err.toString()).startsWith("mizan agreement: ").contains(messages);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void alphaMatchesTheLibraryToTheLastDigit() throws Exception {
        run("--input", fixture("stance.csv"), "--format", "json", "--level", "interval", "--bootstrap", "0");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("alpha_ci95").get(0).isNull()).isTrue();
        assertThat(json.get("krippendorff_alpha").asDouble()).isCloseTo(
                AgreementReport.compute(new CsvLabels(Path.of(fixture("stance.csv"))).load(), Level.INTERVAL, 0, 1)
                        .alpha().alpha(), within(0.0));
    }

    /** The README's CSV example is Krippendorff (2011), section C; readers can check α against the paper. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"nominal,0.743", "ordinal,0.815", "interval,0.849", "ratio,0.797"})
    void theShippedExampleGivesThePublishedAlpha(String level, double alpha) throws Exception {
        String csv = mizan.TestFiles.root().resolve("docs/examples/agreement.csv").toString();
        assertThat(run("--input", csv, "--level", level, "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("krippendorff_alpha").asDouble()).isCloseTo(alpha, within(5e-4));
        assertThat(json.get("n_pairable_values").asInt()).isEqualTo(40);
    }
}
