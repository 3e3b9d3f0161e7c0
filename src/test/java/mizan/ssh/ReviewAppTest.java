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
            t.typeAndWait("2", "gold = bob's version");
            assertThat(f.rows("SELECT paragraph_id, target, label FROM stance_labels WHERE annotator = '@gold'"))
                    .singleElement().asString().endsWith("|MILCOOP|AGAINST");

            JavaClient.Terminal w = JavaClient.shell(client.login("rita", rita, f.port()), 100, 30,
                    Map.of("MIZAN_APP", "annotate"));
            w.screen().waitFor(0, "── stance", JavaClient.WAIT);
            assertThat(w.screen().text()).doesNotContain("adjudicating");
        }
    }
}
