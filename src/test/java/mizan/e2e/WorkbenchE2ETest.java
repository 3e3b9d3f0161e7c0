package mizan.e2e;

import mizan.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged workbench in a real terminal (tmux), on a fresh database with the seeds. */
class WorkbenchE2ETest {

    @TempDir
    Path dir;


    @Test
    void labelInATerminalAndFindExactlyThoseLabelsInTheDatabase() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        Path raw = dir.resolve("terminal-output.bin");
        try (Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", "alice"))) {
            t.recordOutput(raw);
            String screen = t.waitFor("── stance");

            // The first paragraph is the first article's title, قمة كيم-بوتين ...: its first word,
            // shaped (ﺔﻤﻗ: qaf initial, meem medial, ta marbuta final), ends the first text line.
            String firstTextLine = screen.lines().skip(3).filter(l -> !l.isBlank()).findFirst().orElseThrow();
            assertThat(firstTextLine.stripTrailing()).endsWith("ﺔﻤﻗ");
            assertThat(firstTextLine.length()).isGreaterThan(60);
            assertThat(screen).doesNotContain("قمة"); // letters are joined, not isolated
            assertThat(screen.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count()).isGreaterThan(100);

            t.keys("1");
            t.waitFor("saved ✓ MILCOOP = FAVOR");
            t.keys("S-Left");
            t.keys("p");
            t.waitFor("saved ✓ PERS");
            t.keys("PgDn");
            t.waitFor("│ 2/");
            t.keys("q");
            t.waitForExit(Duration.ofSeconds(20));
        }
        assertThat(TestDb.rows(db, "SELECT paragraph_id, annotator, target, label FROM stance_labels"))
                .containsExactly("c99316f7a11949ab-0|alice|MILCOOP|FAVOR");
        List<String> spans = TestDb.rows(db, "SELECT p.text, s.start_cp, s.end_cp, s.label, s.kind FROM spans s"
                + " JOIN paragraphs p ON p.id = s.paragraph_id");
        assertThat(spans).hasSize(1);
        String[] span = spans.get(0).split("\\|");
        String text = span[0];
        int a = text.offsetByCodePoints(0, Integer.parseInt(span[1]));
        int b = text.offsetByCodePoints(0, Integer.parseInt(span[2]));
        assertThat(text.substring(a, b)).isEqualTo("قمة كيم");
        assertThat(span[3]).isEqualTo("PERS");
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events")).containsExactly("2");

        byte[] bytes = Files.readAllBytes(raw);
        assertThat(bytes).isNotEmpty().doesNotContain((byte) 0);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        String out = new String(bytes, StandardCharsets.UTF_8);
        assertThat(out).contains("\033[8l").contains("\033[8h"); // explicit bidi mode asked, and given back
    }

    @Test
    void aTinyTerminalAsksToBeEnlargedAndTheWorkbenchComesBackWhenItIs() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        try (Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", "bob"))) {
            t.waitFor("── stance");
            t.resize(30, 8);
            t.waitFor("too small");
            assertThat(t.running()).isTrue();
            t.resize(100, 30);
            t.waitFor("── stance");
            t.keys("1");
            t.waitFor("saved ✓ MILCOOP = FAVOR");
            assertThat(t.running()).isTrue();
            t.keys("q");
            t.waitForExit(Duration.ofSeconds(20));
        }
    }

    @Test
    void killMinusNineRightAfterALabelLosesNothing() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        try (Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", "carol"))) {
            t.waitFor("── stance");
            t.keys("2");
            t.waitFor("saved ✓ MILCOOP = AGAINST");
            ProcessHandle.of(t.pid()).orElseThrow().destroyForcibly(); // SIGKILL: no shutdown hook runs
            t.waitForExit(Duration.ofSeconds(20));
        }
        assertThat(TestDb.rows(db, "SELECT annotator, target, label FROM stance_labels"))
                .containsExactly("carol|MILCOOP|AGAINST");
    }

    @Test
    void reopeningResumesAtTheFirstUnfinishedParagraph() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        try (Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", "dan"))) {
            t.waitFor("── stance");
            t.keys("4", "4", "4");
            t.waitFor("saved ✓ SANCTIONS = UNRELATED");
            t.keys("q");
            t.waitForExit(Duration.ofSeconds(20));
        }
        try (Tmux t = new Tmux(dir, 100, 30, Mizan.command(db, "annotate", "--annotator", "dan"))) {
            String screen = t.waitFor("── stance");
            assertThat(screen).contains("│ 2/").contains("done 1/");
            t.keys("u");
            t.waitFor("undone: SANCTIONS = UNRELATED");
            t.keys("q");
            t.waitForExit(Duration.ofSeconds(20));
        }
        assertThat(TestDb.rows(db, "SELECT target, label FROM stance_labels WHERE annotator = 'dan' ORDER BY target"))
                .containsExactly("MILCOOP|UNRELATED", "WAR_SUPPORT|UNRELATED");
    }
}
