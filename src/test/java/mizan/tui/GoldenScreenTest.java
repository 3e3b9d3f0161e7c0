package mizan.tui;

import mizan.TestFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden screens: the rendered grid (text, then one style letter per cell) compared with a
 * reviewed file under src/test/resources/mizan/tui/golden. After an intended change, regenerate
 * with {@code mvn test -Dtest=GoldenScreenTest -Dgolden.update=true} and review the diff.
 */
class GoldenScreenTest {

    private static final Path DIR = TestFiles.root().resolve("src/test/resources/mizan/tui/golden");

    private static void golden(String name, Grid grid) throws IOException {
        String actual = grid.textDump() + "--- styles (. plain, d dim, b bold, r reverse, u underline,"
                + " colour initials for entity types, # colour with underline or reverse) ---\n" + grid.styleDump();
        Path file = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden screen " + file + " (regenerate with -Dgolden.update=true and review)")
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void paragraphWithEntitiesAndAClaimAt80x24() throws IOException {
        State s = Fixtures.press(Fixtures.state(Fixtures.quoteWithLabels(), 80, 24), "Left", "Left");
        golden("paragraph-80x24", View.render(s));
    }

    @Test
    void paragraphWithEntitiesAndAClaimAt120x40() throws IOException {
        State s = Fixtures.press(Fixtures.state(Fixtures.quoteWithLabels(), 120, 40), "Left", "S-Left");
        golden("paragraph-120x40", View.render(s));
    }

    @Test
    void mixedDirectionParagraphAt80x24() throws IOException {
        // ISW, the date's digits and the dashes keep their reading order inside the right-to-left lines
        golden("mixed-80x24", View.render(Fixtures.state(Fixtures.mixedDirection(), 80, 24)));
    }

    @Test
    void mixedDirectionParagraphAt120x40() throws IOException {
        golden("mixed-120x40", View.render(Fixtures.press(Fixtures.state(Fixtures.mixedDirection(), 120, 40), "End")));
    }

    @Test
    void helpAt80x24() throws IOException {
        golden("help-80x24", View.render(Fixtures.press(Fixtures.state(Fixtures.quoteWithLabels(), 80, 24), "?")));
    }

    @Test
    void helpAt120x40() throws IOException {
        golden("help-120x40", View.render(Fixtures.press(Fixtures.state(Fixtures.quoteWithLabels(), 120, 40), "?")));
    }

    @Test
    void tooSmallAt30x8() throws IOException {
        golden("too-small-30x8", View.render(Fixtures.state(Fixtures.quoteWithLabels(), 30, 8)));
    }

    @Test
    void tooSmallAt80x12() throws IOException {
        golden("too-small-80x12", View.render(Fixtures.state(Fixtures.quoteWithLabels(), 80, 12)));
    }

    @Test
    void claimEditAt80x24() throws IOException {
        // e on the claim: its answers so far are offered for Enter to keep
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        State on = s.withCursor(new State.Cursor(UpdateTest.indexOfWord(s, "أصبحت"), -1, -1, -1, 0));
        golden("claim-edit-80x24", View.render(Fixtures.press(on, "e")));
    }

    @Test
    void claimerPickerWithTwelveEntitiesAt80x24() throws IOException {
        // scrolled to the tenth entity, with every row numbered
        State picking = Fixtures.press(UpdateTest.twelveEntities(), "c", "y");
        for (int i = 0; i < 11; i++) {
            picking = Fixtures.press(picking, "Down");
        }
        golden("claimer-picker-80x24", View.render(picking));
    }

    @Test
    void searchHitAt80x24() throws IOException {
        State s = Fixtures.press(Fixtures.state(Fixtures.quoteUnlabeled(), 80, 24), "/", "ا", "ل", "ح", "ر", "ب", "Enter");
        String text = s.para().text();
        int at = text.codePointCount(0, text.indexOf("الحرب"));
        State hit = Update.update(s, new Msg.Found("الحرب", 7, at, at + 5, false)).state();
        golden("search-hit-80x24", View.render(hit));
    }

    @Test
    void emptyQueueAt80x24() throws IOException {
        State s = Update.start(State.initial(Fixtures.session("zoe", "zoe"), java.util.List.of(), java.util.Set.of(), 0,
                80, 24, 0)).state();
        golden("empty-queue-80x24", View.render(s));
    }

    @Test
    void theGoldenParagraphScreenShowsWhatAReaderChecks() {
        Grid g = View.render(Fixtures.state(Fixtures.quoteWithLabels(), 80, 24));
        String text = g.textDump();
        assertThat(text).contains("alice").contains("¶ 5 of a85c5ca2").contains("8/40").contains("[FAVOR    ]")
                .contains("[NEUTRAL  ]").contains("p PERS").contains("c claim");
        // the claim is underlined somewhere and both entity colours (PERS yellow, ORG cyan) appear
        assertThat(g.styleDump()).contains("u").contains("Y").contains("C");
    }
}
