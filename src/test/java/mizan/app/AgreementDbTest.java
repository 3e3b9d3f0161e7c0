package mizan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mizan.TestFiles;
import mizan.agreement.LabeledSpan;
import mizan.agreement.UnitizingAlpha;
import mizan.corpus.DocumentText;
import mizan.model.Annotator;
import mizan.model.Claimer;
import mizan.model.Paragraph;
import mizan.model.Role;
import mizan.model.Span;
import mizan.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The agreement command on a real project database: three annotators, gold labels, an import
 * boilerplate paragraph and a paragraph one annotator flagged as skip, each left out as documented.
 */
class AgreementDbTest {

    @TempDir
    Path dir;

    private Path db;
    private String doc;
    /** p[0..3]: four text paragraphs of the seed; boiler: one flagged on import. */
    private final List<Paragraph> p = new ArrayList<>();
    private Paragraph boiler;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The ratings that must count, in the order the database mode reads them: item, annotator, label. */
    private final List<String[]> expected = new ArrayList<>();

    @BeforeEach
    void labelledDatabase() throws Exception {
        db = dir.resolve("mizan.db");
        String text = Files.readString(TestFiles.seeds().resolve("000_a85c5ca27367db1f.txt"), StandardCharsets.UTF_8);
        DocumentText.Parsed parsed = DocumentText.parse(text.replace("\r\n", "\n"), "000.txt", "UTF-8", null);
        doc = parsed.document().id();
        parsed.paragraphs().stream().filter(x -> !x.boilerplate() && x.index() > 0).limit(4).forEach(p::add);
        boiler = parsed.paragraphs().stream().filter(Paragraph::boilerplate).findFirst().orElseThrow();
        try (Store s = Store.open(db)) {
            s.documents().add(parsed.document(), parsed.paragraphs());
            s.team().add("dana", Role.ANNOTATOR, null);
            s.team().add("rita", Role.REVIEWER, null); // agreement on the database is a reviewer's command
            stance(s, 0, "MILCOOP", "FAVOR", "FAVOR", "FAVOR");
            stance(s, 0, "WAR_SUPPORT", "AGAINST", "AGAINST", "NEUTRAL");
            stance(s, 1, "MILCOOP", "NEUTRAL", "NEUTRAL", "UNRELATED");
            stance(s, 0, "SANCTIONS", null, null, "AGAINST");
            stance(s, 1, "SANCTIONS", "UNRELATED", "UNRELATED", null);
            stance(s, 2, "MILCOOP", "AGAINST", "FAVOR", null);
            stance(s, 3, "MILCOOP", "FAVOR", "FAVOR", null);
            // Left out: jamal's stale stance on a paragraph jamal flagged, gold, import boilerplate.
            s.labels().setStance("jamal", "jamal", p.get(3).id(), "SANCTIONS", "AGAINST");
            s.labels().setFlags("jamal", "jamal", p.get(3).id(), true, null);
            s.labels().setStance("lead", Annotator.GOLD, p.get(0).id(), "MILCOOP", "AGAINST");
            s.labels().setStance("ali", "ali", boiler.id(), "MILCOOP", "FAVOR");
            s.labels().setStance("badr", "badr", boiler.id(), "MILCOOP", "AGAINST");
            entity(s, "ali", 0, 0, 5, "GPE");
            entity(s, "ali", 0, 10, 15, "PERS");
            entity(s, "badr", 0, 0, 5, "GPE");
            entity(s, "badr", 0, 11, 15, "PERS");
            entity(s, "jamal", 0, 0, 4, "GPE");
            entity(s, "ali", 1, 3, 8, "ORG");
            entity(s, "ali", 2, 0, 3, "LOC");
            entity(s, "jamal", 3, 0, 3, "LOC");
            entity(s, Annotator.GOLD, 0, 20, 24, "ORG");
            for (String a : List.of("ali", "badr")) {
                s.labels().addSpan(a, Span.claim(0, p.get(0).id(), a, 0, 29, true, Claimer.AUTHOR, "AFFIRM"));
            }
        }
    }

    private void stance(Store s, int para, String target, String... labels) {
        String[] names = {"ali", "badr", "jamal"};
        for (int i = 0; i < names.length; i++) {
            if (labels[i] != null) {
                s.labels().setStance(names[i], names[i], p.get(para).id(), target, labels[i]);
                expected.add(new String[] {p.get(para).id() + "/" + target, names[i], labels[i]});
            }
        }
    }

    private void entity(Store s, String who, int para, int start, int end, String type) {
        s.labels().addSpan(who, Span.entity(0, p.get(para).id(), who, start, end, type));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cmd = new CommandLine(new AgreementCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        if (all.contains("--db")) {
            all.addAll(List.of("--user", "rita"));
        }
        return cmd.execute(all.toArray(String[]::new));
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--format", "json"));
        all.addAll(List.of(args));
        assertThat(run(all.toArray(String[]::new))).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void stanceFromTheDatabaseEqualsTheCsvModeOnTheSameRatings() throws Exception {
        Path csv = dir.resolve("same.csv");
        StringBuilder rows = new StringBuilder("item,annotator,label,document\n");
        expected.stream().sorted((x, y) -> {
            int c = x[0].compareTo(y[0]);
            return c != 0 ? c : x[1].compareTo(y[1]);
        }).forEach(r -> rows.append(String.join(",", r)).append(',').append(doc).append('\n'));
        Files.writeString(csv, rows.toString(), StandardCharsets.UTF_8);

        JsonNode fromDb = json("--bootstrap", "300", "--seed", "9");
        assertThat(run("--input", csv.toString(), "--format", "json", "--bootstrap", "300", "--seed", "9")).isZero();
        JsonNode fromCsv = new ObjectMapper().readTree(out.toString());

        for (Iterator<String> keys = fromCsv.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            assertThat(fromDb.get(key)).as(key).isEqualTo(fromCsv.get(key));
        }
        assertThat(fromDb.get("n_items").asInt()).isEqualTo(7);
        assertThat(fromDb.get("n_annotators").asInt()).isEqualTo(3);
        assertThat(fromDb.get("n_pairable_values").asInt()).isEqualTo(15);
        assertThat(fromDb.get("categories").toString()).isEqualTo("[\"FAVOR\",\"AGAINST\",\"NEUTRAL\",\"UNRELATED\"]");
        assertThat(fromDb.get("most_disagreed").get(0).get("item").asText()).isEqualTo(p.get(2).id() + "/MILCOOP");
    }

    @Test
    void perTargetFiguresAndTheTargetFilter() throws Exception {
        JsonNode all = json("--bootstrap", "0");
        JsonNode targets = all.get("per_target");
        assertThat(targets).hasSize(3);
        assertThat(targets.get(0).get("target").asText()).isEqualTo("MILCOOP");
        assertThat(targets.get(0).get("n_items").asInt()).isEqualTo(4);
        JsonNode aliBadr = targets.get(0).get("cohen_kappa").get(0);
        assertThat(aliBadr.get("confusion").get("AGAINST").get("FAVOR").asInt()).isEqualTo(1);
        assertThat(aliBadr.get("confusion").get("FAVOR").get("FAVOR").asInt()).isEqualTo(2);

        JsonNode milcoop = json("--bootstrap", "0", "--target", "MILCOOP");
        assertThat(milcoop.get("n_items").asInt()).isEqualTo(4);
        assertThat(milcoop.get("krippendorff_alpha").asDouble())
                .isEqualTo(targets.get(0).get("krippendorff_alpha").asDouble());
    }

    @Test
    void entityF1OnAHandCheckedCase() throws Exception {
        JsonNode e = json("--task", "entities");
        assertThat(e.get("n_paragraphs").asInt()).as("p0, p1 and p3; p2 was not touched by jamal").isEqualTo(3);
        assertThat(e.get("n_spans").get("jamal").asInt()).as("jamal's LOC sits on the paragraph jamal skipped")
                .isEqualTo(1);
        JsonNode aliBadr = e.get("pairs").get(0);
        assertThat(aliBadr.get("a").asText() + aliBadr.get("b").asText()).isEqualTo("alibadr");
        // ali: GPE 0-5, PERS 10-15, ORG 3-8; badr: GPE 0-5, PERS 11-15.
        JsonNode exact = aliBadr.get("exact");
        assertThat(exact.get("micro").get("precision").asDouble()).isEqualTo(0.5);
        assertThat(exact.get("micro").get("recall").asDouble()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(exact.get("micro").get("f1").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(exact.get("macro_f1").asDouble()).isCloseTo(1 / 3.0, within(1e-12));
        JsonNode overlap = aliBadr.get("overlap");
        assertThat(overlap.get("micro").get("f1").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(overlap.get("macro_f1").asDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(overlap.get("per_label").get("PERS").get("f1").asDouble()).isEqualTo(1.0);

        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (int i : new int[] {0, 1, 3}) {
            lengths.put(p.get(i).id(), p.get(i).text().codePointCount(0, p.get(i).text().length()));
        }
        List<LabeledSpan> spans = List.of(new LabeledSpan(p.get(0).id(), 0, 5, "GPE", "ali"),
                new LabeledSpan(p.get(0).id(), 10, 15, "PERS", "ali"), new LabeledSpan(p.get(0).id(), 0, 5, "GPE", "badr"),
                new LabeledSpan(p.get(0).id(), 11, 15, "PERS", "badr"), new LabeledSpan(p.get(0).id(), 0, 4, "GPE", "jamal"),
                new LabeledSpan(p.get(1).id(), 3, 8, "ORG", "ali"));
        UnitizingAlpha.Result u = UnitizingAlpha.compute(spans, List.of("ali", "badr", "jamal"), lengths);
        assertThat(e.get("unitizing_alpha").asDouble()).isEqualTo(u.overall().alpha());
        assertThat(e.get("unitizing_alpha_per_label").get("GPE").asDouble()).isEqualTo(u.perLabel().get("GPE").alpha());
        assertThat(e.get("continuum_length").asLong()).isEqualTo(u.continuumLength());
    }

    @Test
    void aPairCountsEveryParagraphBothTouched() throws Exception {
        JsonNode e = json("--task", "entities", "--annotators", "ali,badr");
        assertThat(e.get("n_paragraphs").asInt()).isEqualTo(4);
        assertThat(e.get("pairs").get(0).get("exact").get("per_label").has("LOC")).isTrue();
    }

    @Test
    void allHasTheThreeSectionsAndClaimsShareOneLabel() throws Exception {
        JsonNode all = json("--task", "all", "--bootstrap", "0");
        assertThat(all.get("stance").get("n_items").asInt()).isEqualTo(7);
        assertThat(all.get("entities").get("task").asText()).isEqualTo("entities");
        JsonNode claims = all.get("claims");
        assertThat(claims.get("annotators").toString()).isEqualTo("[\"ali\",\"badr\"]");
        assertThat(claims.get("pairs").get(0).get("exact").get("per_label").get("CLAIM").get("f1").asDouble())
                .isEqualTo(1.0);

        assertThat(run("--db", db.toString(), "--task", "all", "--bootstrap", "0")).isZero();
        assertThat(out.toString()).contains("== stance ==", "== entities ==", "== claims ==", "Unitizing α",
                "Per target", "Confusion matrix: ali (rows) × badr");
    }

    @Test
    void errorsSayWhatIsWrongAndExitWithTwo() {
        String d = db.toString();
        assertError(List.of("--db", d, "--annotators", "ali,zaid"), "unknown annotator zaid", "ali, badr, dana, jamal");
        assertError(List.of("--db", d, "--target", "NUKES"), "unknown target 'NUKES'", "MILCOOP, WAR_SUPPORT, SANCTIONS");
        assertError(List.of("--db", d, "--annotators", "ali,dana"), "at least two annotators with labels, found 1 (ali)",
                "no stance labels from dana");
        assertError(List.of("--db", d, "--task", "claims", "--annotators", "ali,dana"),
                "claims agreement needs at least two annotators with labels, found 1 (ali)");
        assertError(List.of("--db", d, "--annotators", "jamal,ali", "--target", "SANCTIONS", "--bootstrap", "0"),
                "no item was labelled by two or more");
        assertError(List.of("--db", dir.resolve("none.db").toString()), "no project database at");
        assertThat(Files.exists(dir.resolve("none.db"))).as("a read-only command creates no database").isFalse();
        assertError(List.of("--db", d, "--task", "votes"), "--task must be stance, entities, claims or all");
        assertError(List.of("--db", d, "--task", "entities", "--target", "MILCOOP"), "--target applies to stance only");
    }

    @Test
    void annotatorsWhoTouchedNoParagraphInCommonHaveNothingToCompare() {
        try (Store s = Store.open(db)) {
            s.labels().setFlags("dana", "dana", p.get(2).id(), true, null);
        }
        assertError(List.of("--db", db.toString(), "--task", "entities", "--annotators", "jamal,dana"),
                "no paragraph has been labelled or flagged by all of jamal, dana");
    }

    @Test
    void helpSaysWhichParagraphsCountForSpans() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("compared only on paragraphs that every"
                + " annotator compared has touched (a stance, a span or a boilerplate/skip flag)");
    }

    private void assertError(List<String> args, String... messages) {
        assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString()).startsWith("mizan agreement: ").contains(messages);
        assertThat(out.toString()).isEmpty();
    }
}
