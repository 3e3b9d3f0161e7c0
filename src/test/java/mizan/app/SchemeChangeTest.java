package mizan.app;

import mizan.TestDb;
import mizan.model.Annotator;
import mizan.model.LabelScheme;
import mizan.model.Role;
import mizan.store.Store;
import mizan.store.StoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static mizan.app.ImportCommandTest.mizan;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mizan init --labels} on a project with work in it: explained, refused, mapped, dropped, undone. */
class SchemeChangeTest {

    private static final List<String> TARGETS = List.of("MILCOOP", "WAR_SUPPORT", "SANCTIONS");
    private static final String OCC = "    {\"id\": \"OCC\",      \"key\": \"t\", \"color\": \"cyan\",    \"description\":"
            + " \"A title or occupation: الرئيس, وزير الخارجية.\"}";

    @TempDir
    Path dir;

    private String p1;
    private String p2;

    private Path db() {
        return dir.resolve("mizan.db");
    }

    /** A lead, alice and bob on a two-paragraph document; no labels yet. */
    @BeforeEach
    void project() {
        try (Store s = StoreFixture.open(dir)) {
            p1 = StoreFixture.oneDocument(s, "عنوان", "قال وزير الخارجية سيرغي لافروف", "وقال الرئيس إن التعاون مستمر");
            p2 = p1.substring(0, p1.lastIndexOf('-')) + "-2";
            s.team().add("lead", Role.LEAD, null);
            s.team().add("alice", Role.ANNOTATOR, null);
            s.team().add("bob", Role.ANNOTATOR, null);
        }
    }

    /** The default scheme with some of its text replaced, written to {@code name}; returns its path. */
    private String scheme(String name, String... replacements) throws Exception {
        String json = LabelScheme.defaults().json();
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(json).contains(replacements[i]);
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file.toString();
    }

    private String withoutOcc() throws Exception {
        return scheme("labels.json", ",\n" + OCC, "");
    }

    private ImportCommandTest.Result init(String labels, String... more) {
        List<String> args = new ArrayList<>(List.of("init", "--labels", labels, "--db", db().toString(), "--user", "lead"));
        args.addAll(List.of(more));
        return mizan(args.toArray(String[]::new));
    }

    private void finish(Store s, String owner, String pid) {
        for (String t : TARGETS) {
            s.labels().setStance(owner, owner, pid, t, "FAVOR");
        }
    }

    private void occ(Store s, String owner, String pid) {
        String text = s.documents().paragraph(pid).orElseThrow().text();
        int end = text.indexOf(' ');
        s.labels().tagEntity(owner, owner, pid, 0, end, "OCC");
    }

    private List<String> entities(String owner) throws Exception {
        return TestDb.rows(db(), "SELECT paragraph_id, label FROM spans WHERE annotator = '" + owner
                + "' AND kind = 'entity' ORDER BY paragraph_id");
    }

    private String installed() throws Exception {
        return TestDb.rows(db(), "SELECT count(*) FROM settings WHERE key = 'labels'").get(0)
                + " schemes, " + TestDb.rows(db(), "SELECT count(*) FROM events").get(0) + " events";
    }

    @Test
    void aNewTargetIsExplainedWithTheParagraphsItLeavesUnfinishedAndInstalled() throws Exception {
        try (Store s = Store.open(db())) {
            finish(s, "alice", p1);
            finish(s, "alice", p2);
            finish(s, "bob", p1);
            s.labels().setStance("bob", "bob", p2, "MILCOOP", "FAVOR");
        }
        String nukes = scheme("labels.json", "\"description\": \"العقوبات المفروضة على بيونغ يانغ وموسكو\"}",
                "\"description\": \"العقوبات المفروضة على بيونغ يانغ وموسكو\"},\n {\"id\": \"NUKES\", \"name\": \"nuclear arms\"}");

        ImportCommandTest.Result r = init(nukes);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("+ NUKES").contains("3 paragraphs of 2 annotators (alice 2, bob 1) become unfinished: new target NUKES")
                .contains("installed label scheme");
        try (Store s = Store.open(db())) {
            assertThat(s.settings().labelScheme().targetIds()).contains("NUKES");
            assertThat(s.labels().finishedParagraphs("alice", 4)).isEmpty();
        }
    }

    @Test
    void removingATypeThatLabelsHaveIsRefusedThenMappedAndTheLeadsBatchUndoesIt() throws Exception {
        try (Store s = Store.open(db())) {
            occ(s, "alice", p1);
            occ(s, "alice", p2);
            occ(s, Annotator.GOLD, p1);
        }
        String before = installed();

        ImportCommandTest.Result refused = init(withoutOcc());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("- OCC").contains("3 spans of 1 annotator (and gold) have this type: map or drop them");
        assertThat(refused.err()).contains("labels.json removes ids that existing labels use: OCC on 3 spans of 1 annotator"
                + " (and gold)").contains("--map OCC=NEW").contains("--drop OCC").contains("Nothing was changed");
        assertThat(installed()).isEqualTo(before);
        assertThat(entities("alice")).containsExactly(p1 + "|OCC", p2 + "|OCC");

        ImportCommandTest.Result mapped = init(withoutOcc(), "--map", "OCC=PERS");

        assertThat(mapped.exit()).as(mapped.err()).isZero();
        assertThat(mapped.out()).contains("mapped to PERS").contains("3 spans of 1 annotator (and gold): OCC → PERS");
        assertThat(entities("alice")).containsExactly(p1 + "|PERS", p2 + "|PERS");
        assertThat(entities(Annotator.GOLD)).containsExactly(p1 + "|PERS");
        assertThat(TestDb.rows(db(), "SELECT owner, annotator, source, count(*), count(DISTINCT batch) FROM events"
                + " WHERE source LIKE 'init%' GROUP BY owner, annotator, source")).as("a batch per owner, the lead's doing")
                .containsExactly("@gold|lead|init --labels " + withoutOcc() + "|1|1",
                        "alice|lead|init --labels " + withoutOcc() + "|2|1");

        try (Store s = Store.open(db())) {
            assertThat(s.labels().undo("lead", "alice")).isPresent();
        }
        assertThat(entities("alice")).containsExactly(p1 + "|OCC", p2 + "|OCC");
    }

    @Test
    void aDroppedTypeTakesItsSpansAwayAndUndoBringsThemBack() throws Exception {
        try (Store s = Store.open(db())) {
            occ(s, "alice", p1);
            occ(s, "bob", p1);
        }
        ImportCommandTest.Result dropped = init(withoutOcc(), "--drop", "OCC");

        assertThat(dropped.exit()).as(dropped.err()).isZero();
        assertThat(dropped.out()).contains("2 spans of 2 annotators: OCC dropped");
        assertThat(entities("alice")).isEmpty();
        assertThat(entities("bob")).isEmpty();
        try (Store s = Store.open(db())) {
            assertThat(s.settings().labelScheme().entityTypeIds()).doesNotContain("OCC");
            s.labels().undo("lead", "bob");
        }
        assertThat(entities("bob")).containsExactly(p1 + "|OCC");
        assertThat(entities("alice")).isEmpty();
    }

    @Test
    void aDryRunPrintsTheChangeAndChangesNothing() throws Exception {
        try (Store s = Store.open(db())) {
            occ(s, "alice", p1);
        }
        String before = installed();
        ImportCommandTest.Result r = init(withoutOcc(), "--map", "OCC=PERS", "--dry-run");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 span of 1 annotator: OCC → PERS").contains("dry run: nothing was changed");
        assertThat(installed()).isEqualTo(before);
        assertThat(entities("alice")).containsExactly(p1 + "|OCC");

        Path fresh = dir.resolve("fresh.db");
        ImportCommandTest.Result onNew = mizan("init", "--labels", withoutOcc(), "--dry-run", "--db", fresh.toString());
        assertThat(onNew.exit()).as(onNew.err()).isZero();
        assertThat(sideFiles(fresh)).isEmpty();
    }

    @Test
    void anEntityKeyThatIsTheQuitKeyIsRefusedNamingTheFileAndChangesNothing() throws Exception {
        String quit = scheme("team-labels.json", "{\"id\": \"ORG\",      \"key\": \"o\"", "{\"id\": \"ORG\",      \"key\": \"q\"");
        String before = installed();

        ImportCommandTest.Result r = init(quit);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(quit + ": key 'q' for entity type ORG is the workbench's QUIT key");
        assertThat(installed()).isEqualTo(before);

        Path fresh = dir.resolve("fresh.db");
        assertThat(mizan("init", "--labels", quit, "--db", fresh.toString()).exit()).isEqualTo(1);
        assertThat(sideFiles(fresh)).isEmpty();
    }

    @Test
    void stanceKeysAreCheckedAgainstTheWorkbenchAndTheEntityKeys() throws Exception {
        String zero = scheme("zero.json", "\"key\": \"4\"", "\"key\": \"0\"");
        assertThat(init(zero).err()).contains("key '0' for stance label UNRELATED is the workbench's CLEAR_STANCE key");
        String twice = scheme("twice.json", "\"key\": \"4\"", "\"key\": \"p\"");
        assertThat(init(twice).err()).contains("twice.json").contains("duplicate key 'p'");
    }

    @Test
    void aRefusedInitOnANewPathLeavesNoFileBehind() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        ImportCommandTest.Result r = mizan("init", "--labels", withoutOcc(), "--map", "OCC=PRS", "--db", fresh.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("PRS is not an entity type");
        assertThat(sideFiles(fresh)).isEmpty();
    }

    @Test
    void onAProjectWithATeamOnlyALeadChangesTheScheme() throws Exception {
        String before = installed();
        ImportCommandTest.Result r = mizan("init", "--labels", withoutOcc(), "--db", db().toString(), "--user", "alice");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("alice is an annotator").contains("needs the lead role");
        assertThat(installed()).isEqualTo(before);
    }

    /** The database file and SQLite's side files for it that exist. */
    private static List<Path> sideFiles(Path db) throws Exception {
        try (Stream<Path> files = Files.list(db.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(db.getFileName().toString())).toList();
        }
    }
}
