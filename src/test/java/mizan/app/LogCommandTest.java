package mizan.app;

import mizan.model.Role;
import mizan.store.Store;
import mizan.store.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static mizan.app.ImportCommandTest.mizan;
import static org.assertj.core.api.Assertions.assertThat;

class LogCommandTest {

    @Test
    void theLogSaysWhoChangedWhatFromWhatAndAnnotatorsSeeOnlyTheirOwn(@TempDir Path dir) {
        String db = dir.resolve("m.db").toString();
        String pid;
        try (Store s = Store.open(dir.resolve("m.db"))) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
            s.team().add("rita", Role.REVIEWER, null);
            s.team().add("alice", Role.ANNOTATOR, null);
            s.team().add("bob", Role.ANNOTATOR, null);
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "FAVOR");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "AGAINST");
            s.labels().setStance("bob", "bob", pid, "MILCOOP", "NEUTRAL");
            s.labels().undo("alice", "alice");
        }
        ImportCommandTest.Result all = mizan("log", "--paragraph", pid, "--user", "rita", "--db", db);
        assertThat(all.exit()).isZero();
        assertThat(all.out()).contains("stance MILCOOP: — → FAVOR").contains("stance MILCOOP: FAVOR → AGAINST")
                .contains("bob").contains("undo").contains("stance MILCOOP: AGAINST → FAVOR");
        ImportCommandTest.Result mine = mizan("log", "--user", "alice", "--db", db);
        assertThat(mine.out()).contains("alice").doesNotContain("bob").doesNotContain("NEUTRAL");
        ImportCommandTest.Result peek = mizan("log", "--annotator", "bob", "--user", "alice", "--db", db);
        assertThat(peek.exit()).isEqualTo(3);
        assertThat(peek.err()).contains("labeling is blind");
    }
}
