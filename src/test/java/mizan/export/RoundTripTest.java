package mizan.export;

import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, import-annotations, export again. What "identical" means: every data file is byte for
 * byte the same; the master JSONL differs only in the "annotators" field when the labels come
 * back under another name; the card and export.json name the source and the export, so they
 * differ in those lines only.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void anAnnotatorsExportImportedUnderAnotherNameExportsTheSameBytesButTheName() throws Exception {
        Cli cli = new Cli(dir);
        ExportFixture.labeled(dir).close();
        Map<String, String> alice = Cli.files(cli.export("--annotator", "alice", "--include-boilerplate"));

        Cli.Result imported = cli.run("import-annotations", dir.resolve("exports/latest/master.jsonl").toString(),
                "--as", "carol");
        assertThat(imported.exit()).as(imported.toString()).isZero();
        // 12 labeled paragraphs and the boilerplate paragraph alice flagged
        assertThat(imported.out()).contains("13 paragraphs imported under carol (13 changed");
        assertThat(alice.get("master.jsonl")).contains("\"boilerplate\":true");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
             ResultSet rs = c.createStatement().executeQuery("SELECT action, count(*) FROM events"
                     + " WHERE owner = 'carol' GROUP BY action ORDER BY action")) {
            StringBuilder actions = new StringBuilder();
            while (rs.next()) {
                actions.append(rs.getString(1)).append('=').append(rs.getInt(2)).append(' ');
            }
            // each imported label is logged like a label made in the workbench: 6 × (3 entities + 2 claims)
            assertThat(actions.toString().trim()).isEqualTo("flags=1 span.add=30 stance=18");
        }
        Map<String, String> carol = Cli.files(cli.export("--annotator", "carol", "--include-boilerplate"));

        assertThat(carol.keySet()).isEqualTo(alice.keySet());
        assertThat(carol.get("master.jsonl"))
                .isEqualTo(alice.get("master.jsonl").replace("\"annotators\":[\"alice\"]", "\"annotators\":[\"carol\"]"))
                .isNotEqualTo(alice.get("master.jsonl"));
        for (String f : alice.keySet()) {
            if (!f.equals("master.jsonl") && !f.equals("export.json") && !f.equals("hf/README.md")) {
                assertThat(carol.get(f)).as(f).isEqualTo(alice.get(f));
            }
        }
        assertThat(carol.get("hf/README.md").replaceAll("(?m)^.*(`2026|carol|alice).*$", ""))
                .isEqualTo(alice.get("hf/README.md").replaceAll("(?m)^.*(`2026|carol|alice).*$", ""));
    }

    @Test
    void everyAnnotatorsLabelsComeBackUnderTheirOwnNamesIntoAFreshProjectByteForByte() throws Exception {
        Cli cli = new Cli(dir);
        ExportFixture.labeled(dir).close();
        Path first = cli.export("--all-annotators");

        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        try (Store source = Store.open(cli.db()); Store target = Store.open(fresh.resolve("mizan.db"))) {
            for (var doc : source.documents().list()) {
                target.documents().add(doc, source.documents().paragraphs(doc.id()));
            }
        }
        Cli again = new Cli(fresh);
        Cli.Result r = again.run("import-annotations", first.resolve("master.jsonl").toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("imported under alice, bob");
        Map<String, String> before = Cli.files(first);
        Map<String, String> after = Cli.files(again.export("--all-annotators"));
        before.remove("export.json");
        after.remove("export.json");
        assertThat(after.get("hf/README.md").lines().filter(l -> !l.contains("Exported by")).toList())
                .isEqualTo(before.get("hf/README.md").lines().filter(l -> !l.contains("Exported by")).toList());
        before.remove("hf/README.md");
        after.remove("hf/README.md");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void everyAnnotatorsBratFilesGoToAFolderOfTheirOwn() throws Exception {
        Cli cli = new Cli(dir);
        ExportFixture.labeled(dir).close();
        Map<String, String> files = Cli.files(cli.export("--all-annotators", "--format", "brat"));
        assertThat(files.keySet()).filteredOn(f -> f.endsWith(".ann")).hasSize(12)
                .allMatch(f -> f.startsWith("brat/alice/") || f.startsWith("brat/bob/"));
        assertThat(files.keySet()).contains("brat/annotation.conf");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        Cli cli = new Cli(dir);
        ExportFixture.labeled(dir).close();
        Path export = cli.export("--annotator", "bob");
        String file = export.resolve("master.jsonl").toString();
        assertThat(cli.run("import-annotations", file, "--as", "dana").out()).contains("(12 changed, 0 already so)");
        assertThat(cli.run("import-annotations", file, "--as", "dana").out()).contains("(0 changed, 12 already so)");
        assertThat(cli.run("import-annotations", file).out()).contains("imported under bob (0 changed, 12 already so)");
    }

}
