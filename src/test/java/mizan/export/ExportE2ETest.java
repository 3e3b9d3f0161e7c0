package mizan.export;

import mizan.TestFiles;
import mizan.model.Claimer;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.store.Store;
import mizan.text.Graphemes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar exports the sample corpus (and the emoji paragraphs of {@link ExportFixture}),
 * and Python reads the result: NLTK's ConllCorpusReader for CoNLL, the json module for every
 * JSONL line, slicing each span's text with {@code text[start:end]}.
 */
class ExportE2ETest {

    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void jar() {
        String packaged = System.getProperty("mizan.jar");
        // failsafe names the jar; a unit-test run that happens to match this class has none to test
        assumeTrue(packaged != null || Files.exists(Path.of("target/mizan.jar")), "no packaged jar: run mvn verify");
        jar = Path.of(packaged != null ? packaged : "target/mizan.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar").exists();
    }

    record Run(int exit, String out) {
    }

    private Run run(String... command) throws Exception {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Run(p.exitValue(), Files.readString(log));
    }

    private Run mizan(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    /** Alice and Bob tag every روسيا, بوتين and كوريا الشمالية of the seeds, and claims after قال. */
    private void labelSeeds(Store store) {
        for (var doc : store.documents().list()) {
            for (Paragraph p : store.documents().paragraphs(doc.id())) {
                if (p.boilerplate() || p.index() == 0 || doc.source().startsWith("doc")) {
                    continue;
                }
                for (String who : List.of("alice", "bob")) {
                    Long firstPerson = null;
                    for (String[] name : new String[][] {{"روسيا", "GPE"}, {"بوتين", "PERS"}, {"كوريا الشمالية", "GPE"}}) {
                        for (int at = p.text().indexOf(name[0]); at >= 0; at = p.text().indexOf(name[0], at + 1)) {
                            int start = p.text().codePointCount(0, at);
                            int end = start + name[0].length();
                            if (Graphemes.isBoundary(p.text(), start) && Graphemes.isBoundary(p.text(), end)) {
                                Span s = store.labels().addSpan(who, Span.entity(0, p.id(), who, start, end, name[1]));
                                if (firstPerson == null && name[1].equals("PERS")) {
                                    firstPerson = s.id();
                                }
                            }
                        }
                    }
                    int said = p.text().indexOf("قال");
                    if (said >= 0) {
                        int start = p.text().codePointCount(0, said);
                        store.labels().addSpan(who, Span.claim(0, p.id(), who, start,
                                p.text().codePointCount(0, p.text().length()), true,
                                firstPerson == null ? Claimer.AUTHOR : Claimer.span(firstPerson), "AFFIRM"));
                    }
                    store.labels().setStance(who, who, p.id(), "MILCOOP", p.text().contains("تعاون") ? "FAVOR" : "UNRELATED");
                }
            }
        }
    }

    private Path python() throws Exception {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                if (run(candidate, "-c", "import nltk").exit() == 0) {
                    return Path.of(candidate);
                }
            } catch (java.io.IOException e) {
                // not installed under that name
            }
        }
        throw new AssertionError("no python3 with NLTK: install python3-nltk (.ci/run does)");
    }

    @Test
    void pythonReadsEveryFormatAndACorruptSpanLeavesNothing() throws Exception {
        ExportFixture.labeled(dir).close();
        Path db = dir.resolve("mizan.db");
        assertThat(mizan("import", "--db", db.toString(), TestFiles.seeds().toString()).exit()).isZero();
        try (Store store = Store.open(db)) {
            labelSeeds(store);
        }
        Run export = mizan("export", "--db", db.toString(), "--out", dir.resolve("exports").toString());
        assertThat(export.exit()).as(export.out()).isZero();
        Path folder = dir.resolve("exports").resolve(Files.readSymbolicLink(dir.resolve("exports/latest")));

        Path script = Files.writeString(dir.resolve("check.py"), CHECK, StandardCharsets.UTF_8);
        Run python = run(python().toString(), script.toString(), folder.toString());
        assertThat(python.exit()).as(python.out()).isZero();
        assertThat(python.out()).containsPattern("ok: \\d+ conll sentences, \\d+ json lines, \\d+ spans sliced");
        assertThat(Integer.parseInt(python.out().replaceAll("(?s).*json lines, (\\d+) spans.*", "$1").trim()))
                .isGreaterThan(100);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            // an end past the end of its paragraph: text[start:end] cannot be the entity
            c.createStatement().executeUpdate("UPDATE spans SET end_cp = 100000 WHERE id = (SELECT max(id)"
                    + " FROM spans WHERE kind = 'entity' AND label = 'PERS' AND annotator = 'alice')");
        }
        Path again = dir.resolve("exports-again");
        Run broken = mizan("export", "--db", db.toString(), "--out", again.toString(), "--annotator", "alice");
        assertThat(broken.exit()).isNotZero();
        assertThat(broken.out()).containsPattern("export check failed: paragraph [0-9a-f]{16}-\\d+")
                .containsPattern("entity e\\d+ \\[\\d+, 100000\\) PERS").contains("Nothing was exported");
        try (Stream<Path> left = Files.list(again)) {
            assertThat(left).isEmpty();
        }
    }

    private static final String CHECK = """
            import json, os, sys
            from nltk.corpus.reader import ConllCorpusReader

            root = sys.argv[1]
            splits = ["train", "validation", "test"]

            # ConllCorpusReader has no accessor for a bare NE column; read as its "pos" column,
            # the tag column gives (token, tag) pairs.
            reader = ConllCorpusReader(os.path.join(root, "conll"), [s + ".conll" for s in splits], ("words", "pos"))
            sentences = 0
            for s in splits:
                # NLTK drops each -DOCSTART- line, leaving an empty sentence in its place: those, and no others
                docstarts = open(os.path.join(root, "conll", s + ".conll"), encoding="utf-8").read().count("-DOCSTART- O\\n")
                empty = sum(1 for sent in reader.tagged_sents(s + ".conll") if not sent)
                assert empty == docstarts, ("empty sentences", s, empty, docstarts)
                for sent in reader.tagged_sents(s + ".conll"):
                    if not sent:
                        continue
                    previous = "O"
                    for token, tag in sent:
                        assert token and not any(ch.isspace() for ch in token), (s, token)
                        assert tag == "O" or tag[:2] in ("B-", "I-"), (s, token, tag)
                        if tag.startswith("I-"):
                            assert previous[2:] == tag[2:] and previous != "O", ("I- without B-", s, sent)
                        previous = tag
                    sentences += 1

            lines = spans = 0
            def sliced(text, span):
                global spans
                assert text[span["start"]:span["end"]] == span["text"], (span, text)
                spans += 1

            for name in ["master.jsonl"] + [c + "/" + s + ".jsonl" for c in ("hf/stance", "hf/claims", "hf/ner") for s in splits]:
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    for line in f:
                        row = json.loads(line)
                        lines += 1
                        if name == "master.jsonl":
                            ids = {e["id"] for e in row["entities"]}
                            for e in row["entities"]:
                                sliced(row["text"], e)
                            for c in row["claims"]:
                                sliced(row["text"], c)
                                assert c["claimer"] in ids or c["claimer"] in ("AUTHOR", "ANONYMOUS"), c
                        elif "claims" in name:
                            for c in row["claims"]:
                                sliced(row["text"], c)
                        elif "ner" in name:
                            assert len(row["tokens"]) == len(row["ner_tags"]), row["id"]

            seen = {}
            for s in splits:
                with open(os.path.join(root, "hf/ner", s + ".jsonl"), encoding="utf-8") as f:
                    for line in f:
                        doc = json.loads(line)["doc_id"]
                        assert seen.setdefault(doc, s) == s, "document %s in %s and %s" % (doc, seen[doc], s)

            for name in os.listdir(os.path.join(root, "brat")):
                if name.endswith(".ann"):
                    txt = open(os.path.join(root, "brat", name[:-4] + ".txt"), encoding="utf-8").read()
                    for row in open(os.path.join(root, "brat", name), encoding="utf-8"):
                        cols = row.rstrip("\\n").split("\\t")
                        if cols[0].startswith("T"):
                            kind, start, end = cols[1].split(" ")
                            assert txt[int(start):int(end)] == cols[2], (name, row)

            print("ok: %d conll sentences, %d json lines, %d spans sliced" % (sentences, lines, spans))
            """;
}
