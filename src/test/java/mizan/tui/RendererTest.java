package mizan.tui;

import mizan.model.LabelScheme;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RendererTest {

    /** The frames of one stance keystroke: the key ("saving…"), then the commit. */
    static int bytesForOneStanceKeystroke(Renderer r, State before) {
        Update.Result pressed = Update.update(before, new Msg.KeyPressed(Key.of("1")));
        long seq = ((Effect.Write) pressed.effects().get(0)).seq();
        Para p = pressed.state().para();
        State after = Update.update(pressed.state(), new Msg.Saved(seq, p.id(), p.labels(), false)).state();
        // the runtime draws once the commit is in (within a frame), so one frame carries the keystroke
        byte[] bytes = r.frame(View.render(after));
        if (Boolean.getBoolean("renderer.dump")) {
            System.out.println(new String(bytes, StandardCharsets.UTF_8).replace("\033", "\\e"));
        }
        return bytes.length;
    }

    @Test
    void afterTheFirstFrameOnlyChangedCellsAreSent() {
        Para q = Fixtures.quoteWithLabels();
        State s = Fixtures.state(new Para(q.data(), new ParaLabels(Map.of(), q.labels().spans(), false, null)), 80, 24);
        Renderer r = new Renderer();
        byte[] first = r.frame(View.render(s));
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\033[2J");
        assertThat(r.frame(View.render(s))).as("an unchanged screen sends nothing").isEmpty();

        int stance = bytesForOneStanceKeystroke(r, s);
        System.out.println("bytes sent for one stance keystroke at 80x24: " + stance + " (first frame: "
                + first.length + ")");
        assertThat(stance).isPositive().isLessThanOrEqualTo(200);
        assertThat(first.length).isGreaterThan(5 * stance);
    }

    @Test
    void framesAreValidUtf8WithNoStrayNulBytes() throws Exception {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 120, 40);
        byte[] bytes = new Renderer().frame(View.render(s));
        for (byte b : bytes) {
            assertThat(b).isNotZero();
        }
        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(decoded).contains("ﻝﺎﻗﻭ"); // shaped وقال, the paragraph's first word
    }

    @Test
    void aResizedScreenIsRedrawnWhole() {
        State s = Fixtures.state(Fixtures.quoteWithLabels(), 80, 24);
        Renderer r = new Renderer();
        r.frame(View.render(s));
        byte[] resized = r.frame(View.render(s.withScreen(new State.Screen(100, 24))));
        assertThat(new String(resized, StandardCharsets.UTF_8)).contains("\033[2J");
    }

    /** A row of every default entity type's 256-colour look, then a colour no type has. */
    private static Grid entityRow(int orange) {
        LabelScheme scheme = LabelScheme.defaults();
        Grid g = new Grid(20, 1);
        int x = 0;
        for (String type : scheme.entityTypeIds()) {
            g.put(x++, 0, "ك", 1, EntityStyles.of(scheme, type, 256).withUnderline());
        }
        g.put(x, 0, "ب", 1, Style.fg256(orange, Style.Color.YELLOW).withBold());
        return g;
    }

    @Test
    void anEightColourRendererNeverSendsTwoHundredFiftySixColourSequences() {
        String eight = new String(new Renderer(8).frame(entityRow(208)), StandardCharsets.UTF_8);
        assertThat(eight).doesNotContain("38;5;").contains("\033[0;1;33mب");
        String full = new String(new Renderer(256).frame(entityRow(208)), StandardCharsets.UTF_8);
        assertThat(full).contains("\033[0;1;38;5;208mب").contains("\033[0;4;38;5;136mك");
    }

    @Test
    void aChangeAnEightColourTerminalCannotShowSendsNothing() {
        Renderer eight = new Renderer(8);
        eight.frame(entityRow(208));
        assertThat(eight.frame(entityRow(214))).isEmpty();
        Renderer full = new Renderer(256);
        full.frame(entityRow(208));
        assertThat(new String(full.frame(entityRow(214)), StandardCharsets.UTF_8))
                .isEqualTo("\033[1;13H\033[0;1;38;5;214mب\033[0m");
    }
}
