package mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffsetsTest {

    /** The emoji is one code point and two UTF-16 units, so the two counts differ after it. */
    private static final String LINE = "قال 😀 بوتين";

    @Test
    void offsetsAfterAnEmojiDifferByOne() {
        assertThat(LINE.length()).isEqualTo(12);
        assertThat(Offsets.cpToUtf16(LINE, 4)).isEqualTo(4);
        assertThat(Offsets.cpToUtf16(LINE, 6)).isEqualTo(7);
        assertThat(Offsets.cpToUtf16(LINE, 11)).isEqualTo(12);
        assertThat(Offsets.utf16ToCp(LINE, 7)).isEqualTo(6);
        assertThat(Offsets.utf16ToCp(LINE, 12)).isEqualTo(11);
        assertThat(Offsets.substring(LINE, 6, 11)).isEqualTo("بوتين");
    }

    @Test
    void anIndexInsideTheEmojiOrPastTheEndIsRefused() {
        assertThatThrownBy(() -> Offsets.utf16ToCp(LINE, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offsets.cpToUtf16(LINE, 12)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("11 code points");
    }

    @Test
    void offsetMapAgreesWithTheDirectConversions() {
        OffsetMap map = new OffsetMap(LINE);
        assertThat(map.cpCount()).isEqualTo(11);
        for (int cp = 0; cp <= map.cpCount(); cp++) {
            assertThat(map.toUtf16(cp)).isEqualTo(Offsets.cpToUtf16(LINE, cp));
            assertThat(map.toCp(map.toUtf16(cp))).isEqualTo(cp);
        }
        assertThat(map.toCp(5)).isEqualTo(-1);
        assertThat(map.substring(6, 11)).isEqualTo("بوتين");
    }

    @Test
    void emptyTextHasOnlyOffsetZero() {
        OffsetMap map = new OffsetMap("");
        assertThat(map.cpCount()).isZero();
        assertThat(map.toUtf16(0)).isZero();
        assertThat(map.toCp(0)).isZero();
    }
}
