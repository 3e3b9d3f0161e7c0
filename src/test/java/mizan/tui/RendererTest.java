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
        State pressed = Update.update(before, new Msg.KeyPressed(Key.of("1"))).state();
        ParagraphData p = before.para();
        ParagraphData saved = new ParagraphData(p.paragraph(), p.docTitle(), p.docParagraphs(), p.previous(), p.next(),
                Map.of("MILCOOP", "FAVOR"), p.spans(), p.boilerplate(), p.comment(), false, java.util.List.of());
        State after = Update.update(pressed, new Msg.Loaded(before.index(), saved, true, "saved ✓ MILCOOP = FAVOR",
                before.done())).state();
        // the runtime draws once the commit is in (within a frame), so one frame carries the keystroke
        byte[] bytes = r.frame(View.render(after));
        if (Boolean.getBoolean("renderer.dump")) {
            System.out.println(new String(bytes, StandardCharsets.UTF_8).replace("\033", "\\e"));
        }
        return bytes.length;
    }

    @Test
    void afterTheFirstFrameOnlyChangedCellsAreSent() {
        ParagraphData q = Fixtures.quoteWithLabels();
        State s = Fixtures.state(new ParagraphData(q.paragraph(), q.docTitle(), q.docParagraphs(), q.previous(),
                q.next(), Map.of(), q.spans(), false, null, false, java.util.List.of()), 80, 24);
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
        byte[] resized = r.frame(View.render(s.withCols(100)));
        assertThat(new String(resized, StandardCharsets.UTF_8)).contains("\033[2J");
    }
}
