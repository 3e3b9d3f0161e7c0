package mizan.app;

import mizan.TestFiles;
import mizan.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static mizan.app.ImportCommandTest.mizan;
import static org.assertj.core.api.Assertions.assertThat;

class TeamCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("m.db").toString();
    }

    @BeforeEach
    void aProject() {
        assertThat(mizan("init", "--db", db()).exit()).isZero();
    }

    @Test
    void theFirstPersonLeadsAndOnlyALeadChangesTheTeam() {
        assertThat(mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db()).exit()).isZero();
        ImportCommandTest.Result refused = mizan("team", "add", "bob", "--user", "bob", "--db", db());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("'bob' is not on this project's team").contains("mizan team add bob");
        assertThat(mizan("team", "add", "bob", "--user", "alice", "--db", db()).exit()).isZero();
        ImportCommandTest.Result notLead = mizan("team", "add", "carol", "--user", "bob", "--db", db());
        assertThat(notLead.exit()).isEqualTo(3);
        assertThat(notLead.err()).contains("bob is an annotator").contains("needs the lead role")
                .contains("mizan team add bob --role lead --db " + db());
        ImportCommandTest.Result list = mizan("team", "list", "--db", db());
        assertThat(list.out()).containsPattern("alice\\s+lead").containsPattern("bob\\s+annotator");
    }

    @Test
    void anUnregisteredAnnotatorIsRefusedUnlessSelfRegistrationIsOn() {
        mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db());
        ImportCommandTest.Result r = mizan("annotate", "--annotator", "mallory", "--db", db());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("'mallory' is not on this project's team")
                .contains("mizan team add mallory --role annotator --db " + db())
                .contains("mizan team self-registration on --db " + db());
        assertThat(mizan("team", "self-registration", "on", "--user", "alice", "--db", db()).exit()).isZero();
        assertThat(mizan("annotate", "--annotator", "mallory", "--db", db()).exit()).isZero();
        try (Store s = Store.open(dir.resolve("m.db"))) {
            assertThat(s.team().find("mallory")).hasValueSatisfying(a -> assertThat(a.role().id()).isEqualTo("annotator"));
        }
    }

    @Test
    void onANewProjectTheFirstUserOfTheWorkbenchBecomesLead() {
        assertThat(mizan("annotate", "--annotator", "zoe", "--db", db()).exit()).isZero();
        try (Store s = Store.open(dir.resolve("m.db"))) {
            assertThat(s.team().find("zoe")).hasValueSatisfying(a -> assertThat(a.role().id()).isEqualTo("lead"));
            assertThat(s.documents().count()).isEqualTo(5);
        }
    }

    @Test
    void anAnnotatorCannotMeasureAgreementOnOtherPeoplesLabels() {
        mizan("import", "--db", db(), TestFiles.seeds().toString());
        mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db());
        mizan("team", "add", "bob", "--user", "alice", "--db", db());
        ImportCommandTest.Result r = mizan("agreement", "--user", "bob", "--db", db());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("needs the reviewer role");
    }

    @Test
    void anAnnotatorCannotAdjudicateNorExportGoldOrAnotherAnnotatorsLabels() {
        mizan("import", "--db", db(), TestFiles.seeds().toString());
        mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db());
        mizan("team", "add", "bob", "--user", "alice", "--db", db());
        mizan("team", "add", "carol", "--user", "alice", "--db", db());
        try (Store s = Store.open(dir.resolve("m.db"))) {
            String pid = s.documents().list().get(0).id() + "-2";
            s.labels().setStance("carol", "carol", pid, "MILCOOP", "FAVOR");
            s.labels().setStance("bob", "bob", pid, "MILCOOP", "AGAINST");
        }
        ImportCommandTest.Result adjudicate = mizan("adjudicate", "--annotator", "bob", "--db", db());
        assertThat(adjudicate.exit()).isEqualTo(3);
        assertThat(adjudicate.err()).contains("adjudicating needs the reviewer role");
        String out = dir.resolve("exports").toString();
        for (String[] source : new String[][] {{"--gold"}, {"--annotator", "carol"}, {"--all-annotators"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", "--format", "jsonl",
                    "--out", out, "--user", "bob", "--db", db()));
            args.addAll(java.util.List.of(source));
            ImportCommandTest.Result r = mizan(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", source)).isEqualTo(3);
            assertThat(r.err()).contains("needs the reviewer role");
        }
        assertThat(dir.resolve("exports")).doesNotExist();
        // their own labels are theirs to export
        assertThat(mizan("export", "--format", "jsonl", "--out", out, "--user", "bob", "--annotator", "bob", "--db", db())
                .exit()).isZero();
    }

    @Test
    void assignmentsDealDocumentsWithOverlapAndStatusShowsProgressAndOverlap() {
        mizan("import", "--db", db(), TestFiles.seeds().toString());
        mizan("team", "add", "lea", "--role", "lead", "--user", "lea", "--db", db());
        for (String a : new String[] {"ann1", "ann2", "ann3"}) {
            mizan("team", "add", a, "--user", "lea", "--db", db());
        }
        ImportCommandTest.Result refused = mizan("assign", "--overlap", "2", "--user", "ann1", "--db", db());
        assertThat(refused.exit()).isEqualTo(3);
        ImportCommandTest.Result r = mizan("assign", "--overlap", "2", "--calibration", "3", "--user", "lea", "--db", db());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("ann1\\s+\\d+\\s+\\d+").contains("same 3 calibration paragraph(s)");
        try (Store s = Store.open(dir.resolve("m.db"))) {
            var plan = mizan.store.Assignments.current(s);
            assertThat(plan.values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(5 * 2);
            java.util.List<String> q1 = mizan.store.Queues.of(s, "ann1");
            java.util.List<String> q2 = mizan.store.Queues.of(s, "ann2");
            assertThat(q1.subList(0, 3)).isEqualTo(q2.subList(0, 3)); // calibration first, the same for all
            for (String who : new String[] {"ann1", "ann2"}) {
                for (String t : new String[] {"MILCOOP", "WAR_SUPPORT", "SANCTIONS"}) {
                    s.labels().setStance(who, who, q1.get(0), t, "UNRELATED");
                }
            }
        }
        ImportCommandTest.Result status = mizan("status", "--db", db());
        assertThat(status.out()).contains("overlap      1 paragraph(s) labeled by two or more annotators")
                .containsPattern("ann1\\s+annotator\\s+1/\\d+").containsPattern("ann3\\s+annotator\\s+0/\\d+");
    }

    @Test
    void removingAMemberKeepsTheirLabelsAndAKeyFileIsChecked() throws Exception {
        mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db());
        Path bad = dir.resolve("bad.pub");
        Files.writeString(bad, "this is not a key\n");
        ImportCommandTest.Result r = mizan("team", "add", "bob", "--key", bad.toString(), "--user", "alice", "--db", db());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.pub: not an OpenSSH public key line");
        Path good = dir.resolve("bob.pub");
        Files.writeString(good, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE0bq2yq4p1Dq3n0nqZ7k1uYb3bq2yq4p1Dq3n0nqZ7k bob@laptop\n");
        assertThat(mizan("team", "add", "bob", "--key", good.toString(), "--user", "alice", "--db", db()).exit()).isZero();
        try (Store s = Store.open(dir.resolve("m.db"))) {
            mizan.store.StoreFixture.oneDocument(s, "عنوان", "فقرة.");
            String pid = s.documents().list().get(0).id() + "-1";
            s.labels().setStance("bob", "bob", pid, "MILCOOP", "FAVOR");
        }
        assertThat(mizan("team", "remove", "bob", "--user", "alice", "--db", db()).exit()).isZero();
        try (Store s = Store.open(dir.resolve("m.db"))) {
            assertThat(s.team().find("bob")).isEmpty();
            assertThat(s.labels().countsByAnnotator()).anyMatch(c -> c.annotator().equals("bob"));
        }
    }

    @Test
    void theOnlyLeadCanNeitherLeaveNorStepDownUntilSomeoneElseLeads() {
        mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db());
        mizan("team", "add", "bob", "--user", "alice", "--db", db());
        mizan("team", "add", "rita", "--role", "reviewer", "--user", "alice", "--db", db());
        for (String[] change : new String[][] {{"remove", "alice"}, {"add", "alice", "--role", "annotator"},
                {"add", "alice", "--role", "reviewer"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("team"));
            args.addAll(java.util.List.of(change));
            args.addAll(java.util.List.of("--user", "alice", "--db", db()));
            ImportCommandTest.Result r = mizan(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", change)).isEqualTo(3);
            assertThat(r.err()).contains("alice is the team's only lead")
                    .contains("make someone else lead first: mizan team add bob --role lead --db " + db())
                    .contains("other members: bob, rita");
        }
        assertThat(mizan("team", "list", "--db", db()).out()).containsPattern("alice\\s+lead");

        assertThat(mizan("team", "add", "rita", "--role", "lead", "--user", "alice", "--db", db()).exit()).isZero();
        assertThat(mizan("team", "add", "alice", "--role", "annotator", "--user", "alice", "--db", db()).exit()).isZero();
        ImportCommandTest.Result ritaLeaves = mizan("team", "remove", "rita", "--user", "rita", "--db", db());
        assertThat(ritaLeaves.exit()).isEqualTo(3);
        assertThat(ritaLeaves.err()).contains("rita is the team's only lead").contains("mizan team add alice --role lead");
        assertThat(mizan("team", "list", "--db", db()).out()).containsPattern("alice\\s+annotator")
                .containsPattern("rita\\s+lead");
    }

    @Test
    void aLeadAloneOnTheTeamIsToldToAddAnotherLeadFirst() {
        ImportCommandTest.Result self = mizan("team", "add", "zoe", "--role", "annotator", "--user", "zoe", "--db", db());
        assertThat(self.exit()).as("the first to act leads; making herself an annotator would leave no lead").isEqualTo(3);
        assertThat(self.err()).contains("zoe is the team's only lead").contains("mizan team add NAME --role lead --db " + db())
                .contains("nobody else is on the team yet");
        ImportCommandTest.Result leave = mizan("team", "remove", "zoe", "--user", "zoe", "--db", db());
        assertThat(leave.exit()).isEqualTo(3);
        assertThat(mizan("team", "list", "--db", db()).out()).containsPattern("zoe\\s+lead");
    }

    @Test
    void addingAMemberAgainWithoutARoleKeepsTheirRoleAndKey() throws Exception {
        Path key = dir.resolve("rita.pub");
        Files.writeString(key, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE0bq2yq4p1Dq3n0nqZ7k1uYb3bq2yq4p1Dq3n0nqZ7k rita@laptop\n");
        mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db());
        mizan("team", "add", "rita", "--role", "reviewer", "--key", key.toString(), "--user", "alice", "--db", db());

        ImportCommandTest.Result lead = mizan("team", "add", "alice", "--user", "alice", "--db", db());
        assertThat(lead.exit()).as(lead.err()).isZero();
        assertThat(lead.out()).contains("alice is on the team as lead");
        ImportCommandTest.Result rita = mizan("team", "add", "rita", "--user", "alice", "--db", db());
        assertThat(rita.out()).contains("rita is on the team as reviewer");
        assertThat(mizan("team", "add", "sam", "--user", "alice", "--db", db()).out()).contains("sam is on the team as annotator");
        assertThat(mizan("team", "list", "--db", db()).out()).containsPattern("alice\\s+lead\\s+-")
                .containsPattern("rita\\s+reviewer\\s+1 key")
                .containsPattern("sam\\s+annotator");
    }

    @Test
    void suggestedCommandsNameTheDatabaseGivenQuotedForTheShell() throws Exception {
        Path spaced = Files.createDirectories(dir.resolve("my project")).resolve("team's.db");
        String db = spaced.toString();
        assertThat(mizan("import", "--db", db, TestFiles.seeds().toString()).exit()).isZero();
        mizan("team", "add", "alice", "--role", "lead", "--user", "alice", "--db", db);
        String quoted = "--db '" + db.replace("'", "'\\''") + "'";

        ImportCommandTest.Result unknown = mizan("assign", "--overlap", "2", "--annotators", "alice,nobody", "--user", "alice",
                "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("'nobody' is not on the team (mizan team add nobody " + quoted + ")");
        ImportCommandTest.Result outsider = mizan("--db", db, "log", "--user", "mallory");
        assertThat(outsider.exit()).isEqualTo(3);
        assertThat(outsider.err()).contains("mizan team add mallory --role annotator " + quoted);
    }
}
