package mizan.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A corrupt label stops the export, names the paragraph and the span, and leaves no folder behind. */
class CheckFailureTest {

    @TempDir
    Path dir;

    private void corrupt(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mizan.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private void assertNothingExported() throws Exception {
        try (Stream<Path> left = Files.list(new Cli(dir).exports())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aSpanPastTheEndOfItsParagraphFailsTheExportAndLeavesNoFolder() throws Exception {
        ExportFixture.labeled(dir).close();
        corrupt("UPDATE spans SET end_cp = 500 WHERE id = (SELECT min(id) FROM spans WHERE label = 'GPE'"
                + " AND annotator = 'alice')");
        Cli.Result r = new Cli(dir).run("export", "--annotator", "alice");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).containsPattern("paragraph [0-9a-f]{16}-1 \\(document [0-9a-f]{16}, paragraph 1\\)")
                .contains("entity e2 [19, 500) GPE").contains("do not fit").contains("Nothing was exported");
        assertNothingExported();
    }

    @Test
    void aSpanEdgeBetweenALetterAndItsHarakatFailsTheExport() throws Exception {
        ExportFixture.labeled(dir).close();
        int afterNun = ExportFixture.cp("إنَّ") + 2;
        corrupt("UPDATE spans SET end_cp = " + afterNun + " WHERE kind = 'claim' AND check_worthy = 1");
        Cli.Result r = new Cli(dir).run("export", "--format", "jsonl");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("claim c1 [13, " + afterNun + ")").contains("grapheme cluster");
        assertNothingExported();
    }

    @Test
    void anUnknownEntityTypeFailsTheExport() throws Exception {
        ExportFixture.labeled(dir).close();
        corrupt("UPDATE spans SET label = 'CITY' WHERE label = 'PERS'");
        Cli.Result r = new Cli(dir).run("export", "--all-annotators");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("entity e1 [4, 10) CITY: the type is not in the label scheme");
        assertNothingExported();
    }
}
