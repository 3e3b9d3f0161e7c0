package mizan.ssh;

import mizan.model.Paragraph;
import mizan.model.Role;
import mizan.store.Store;
import mizan.text.BidiLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Over SSH, a reviewer adjudicates: the role decides what the session offers. */
class ReviewAppTest {

    @TempDir
    Path dir;

    private static ServerFixture serve(Path dir) throws Exception {
        return ServerFixture.start(dir, apps -> apps.with(Role.REVIEWER,
                new ReviewApp(new AnnotateApp(BidiLayout.Mode.APP), BidiLayout.Mode.APP)));
    }

    @Test
    void aReviewerGetsTheDisagreementsAndCanAskForTheWorkbenchInstead() throws Exception {
        try (ServerFixture f = serve(dir); JavaClient client = new JavaClient()) {
            KeyPair rita = f.member("rita", Role.REVIEWER);
            f.member("alice", Role.ANNOTATOR);
            f.member("bob", Role.ANNOTATOR);
            try (Store s = Store.open(dir.resolve("mizan.db"))) {
                List<Paragraph> ps = s.documents().paragraphs(s.documents().list().get(0).id());
                s.labels().setStance("alice", "alice", ps.get(2).id(), "MILCOOP", "FAVOR");
                s.labels().setStance("bob", "bob", ps.get(2).id(), "MILCOOP", "AGAINST");
            }
            JavaClient.Terminal t = JavaClient.shell(client.login("rita", rita, f.port()), 110, 34);
            t.screen().waitFor(0, "── versions", JavaClient.WAIT);
            assertThat(t.screen().text()).contains("adjudicating: rita → gold").contains("alice").contains("bob");
            t.typeAndWait("=", "Take whose version");
            t.typeAndWait("2", "bob's version");
            t.type("q");
            assertThat(t.awaitClosed(JavaClient.WAIT)).as("q ends the session once gold is written").isTrue();
            assertThat(f.rows("SELECT paragraph_id, target, label FROM stance_labels WHERE annotator = '@gold'"))
                    .singleElement().asString().endsWith("|MILCOOP|AGAINST");

            JavaClient.Terminal w = JavaClient.shell(client.login("rita", rita, f.port()), 100, 30,
                    Map.of("MIZAN_APP", "annotate"));
            w.screen().waitFor(0, "── stance", JavaClient.WAIT);
            assertThat(w.screen().text()).doesNotContain("adjudicating");
        }
    }

    @Test
    void aReviewerWithNothingToAdjudicateGetsTheWorkbench() throws Exception {
        try (ServerFixture f = serve(dir); JavaClient client = new JavaClient()) {
            KeyPair rita = f.member("rita", Role.REVIEWER);
            JavaClient.Terminal t = JavaClient.shell(client.login("rita", rita, f.port()), 100, 30);
            t.screen().waitFor(0, "── stance", JavaClient.WAIT);
            assertThat(t.screen().text()).contains("nothing to adjudicate").doesNotContain("adjudicating:");
            t.typeAndWait("1", "[FAVOR");
            t.type("q");
            assertThat(t.awaitClosed(JavaClient.WAIT)).isTrue();
        }
        try (Store s = Store.open(dir.resolve("mizan.db"))) {
            assertThat(s.labels().countsByAnnotator()).extracting(c -> c.annotator()).containsExactly("rita");
        }
    }

    @Test
    void anAnnotatorWithNothingAssignedIsToldWhyAndQQuits() throws Exception {
        try (ServerFixture f = serve(dir); JavaClient client = new JavaClient()) {
            KeyPair zoe = f.member("zoe", Role.ANNOTATOR);
            f.member("alice", Role.ANNOTATOR);
            try (Store s = Store.open(dir.resolve("mizan.db"))) {
                mizan.store.Assignments.replace(s, Map.of("alice", List.of(s.documents().list().get(0).id())), List.of());
            }
            JavaClient.Terminal t = JavaClient.shell(client.login("zoe", zoe, f.port()), 100, 30);
            t.screen().waitFor(0, "No paragraphs are assigned to zoe", JavaClient.WAIT);
            assertThat(t.screen().text()).contains("mizan assign --db");
            t.type("q");
            assertThat(t.awaitClosed(JavaClient.WAIT)).as("q ends the session").isTrue();
        }
    }
}
