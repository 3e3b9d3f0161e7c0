package mizan.tui;

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
}
