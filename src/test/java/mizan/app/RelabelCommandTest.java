package mizan.app;

import mizan.TestDb;
import mizan.model.Role;
import mizan.store.Store;
import mizan.store.StoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static mizan.app.ImportCommandTest.mizan;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mizan relabel}: bulk label changes on existing work, said and logged. */
class RelabelCommandTest {

    @TempDir
    Path dir;

    private String pid;

    private Path db() {
        return dir.resolve("mizan.db");
    }

    /** alice has two OCC and a NEUTRAL stance, bob one OCC; the lead leads. */
    @BeforeEach
    void project() {
        try (Store s = StoreFixture.open(dir)) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال وزير الخارجية الروسي سيرغي لافروف");
            s.team().add("lead", Role.LEAD, null);
            s.team().add("alice", Role.ANNOTATOR, null);
            s.team().add("bob", Role.ANNOTATOR, null);
            s.labels().tagEntity("alice", "alice", pid, 4, 8, "OCC");
            s.labels().tagEntity("alice", "alice", pid, 9, 17, "OCC");
            s.labels().tagEntity("bob", "bob", pid, 4, 8, "OCC");
            s.labels().setStance("alice", "alice", pid, "MILCOOP", "NEUTRAL");
        }
    }

    private ImportCommandTest.Result relabel(String user, String... more) {
        List<String> args = new ArrayList<>(List.of("relabel", "--db", db().toString(), "--user", user));
        args.addAll(List.of(more));
        return mizan(args.toArray(String[]::new));
    }

    private List<String> labels() throws Exception {
        return TestDb.rows(db(), "SELECT annotator, label FROM spans UNION ALL"
                + " SELECT annotator, label FROM stance_labels ORDER BY 1, 2");
    }

    @Test
    void aMapSaysWhatItChangedAndLogsItAsTheLeads() throws Exception {
        ImportCommandTest.Result r = relabel("lead", "--map", "OCC=PERS", "--map", "NEUTRAL=UNRELATED");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 spans of 2 annotators: OCC → PERS")
                .contains("1 stance of 1 annotator: NEUTRAL → UNRELATED");
        assertThat(labels()).containsExactly("alice|PERS", "alice|PERS", "alice|UNRELATED", "bob|PERS");
        assertThat(TestDb.rows(db(), "SELECT DISTINCT annotator, source FROM events WHERE source IS NOT NULL"))
                .containsExactly("lead|relabel");
    }

    @Test
    void oneAnnotatorsLabelsOnlyAndADryRunChangesNothing() throws Exception {
        ImportCommandTest.Result dry = relabel("lead", "--drop", "OCC", "--annotator", "bob", "--dry-run");
        assertThat(dry.out()).contains("1 span of 1 annotator: OCC dropped").contains("dry run: nothing was changed");
        assertThat(labels()).containsExactly("alice|NEUTRAL", "alice|OCC", "alice|OCC", "bob|OCC");

        assertThat(relabel("lead", "--drop", "OCC", "--annotator", "bob").exit()).isZero();
        assertThat(labels()).containsExactly("alice|NEUTRAL", "alice|OCC", "alice|OCC");
    }

    @Test
    void onlyALeadRelabelsAndANewIdMustBeInTheScheme() throws Exception {
        ImportCommandTest.Result annotator = relabel("alice", "--map", "OCC=PERS");
        assertThat(annotator.exit()).isEqualTo(3);
        assertThat(annotator.err()).contains("needs the lead role");

        assertThat(relabel("lead").err()).contains("relabel needs at least one --map OLD=NEW or --drop ID");

        ImportCommandTest.Result typo = relabel("lead", "--map", "OCC=PRES");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("PRES is not an entity type of the scheme");
        assertThat(labels()).containsExactly("alice|NEUTRAL", "alice|OCC", "alice|OCC", "bob|OCC");
    }
}
