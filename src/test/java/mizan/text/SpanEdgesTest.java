package mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanEdgesTest {

    /** كَتَبَ (six code points: three letters, three fathas), a space, an emoji, a space, روسيا. */
    private static final String TEXT = "كَتَبَ 😀 روسيا";
    private static final int RUSSIA = 9;

    @Test
    void wholeWordsAndAnEmojiAreSpans() {
        assertThat(SpanEdges.problem(TEXT, 0, 6)).isNull();
        assertThat(Offsets.substring(TEXT, RUSSIA, RUSSIA + 5)).isEqualTo("روسيا");
        assertThat(SpanEdges.problem(TEXT, RUSSIA, RUSSIA + 5)).isNull();
        assertThat(SpanEdges.problem(TEXT, 7, 8)).isNull();
        assertThat(SpanEdges.problem(TEXT, 0, TEXT.codePointCount(0, TEXT.length()))).isNull();
    }

    @Test
    void anEdgeBetweenALetterAndItsHarakaIsRefused() {
        assertThat(SpanEdges.problem(TEXT, 0, 5)).isEqualTo("a span edge cannot cut a letter from its marks");
        assertThat(SpanEdges.problem(TEXT, 1, 6)).isEqualTo("a span edge cannot cut a letter from its marks");
        assertThat(SpanEdges.problem(TEXT, 2, 4)).isNull();
    }

    @Test
    void spacesAtEitherEdgeAreRefusedButNotInside() {
        assertThat(SpanEdges.problem(TEXT, 0, 7)).isEqualTo("a span cannot begin or end with a space");
        assertThat(SpanEdges.problem(TEXT, 8, RUSSIA + 5)).isEqualTo("a span cannot begin or end with a space");
        assertThat(SpanEdges.problem(TEXT, 0, 8)).isNull();
        assertThat(SpanEdges.problem("روسيا\u00a0اليوم", 0, 6)).isEqualTo("a span cannot begin or end with a space");
    }

    @Test
    void emptyAndOutOfRangeEdgesAreRefused() {
        assertThat(SpanEdges.problem(TEXT, 3, 3)).isEqualTo("a span needs at least one letter");
        assertThat(SpanEdges.problem(TEXT, 4, 2)).isEqualTo("a span needs at least one letter");
        // روسيا at UTF-16 indices (one more, past the emoji) runs off the end of the code points
        int utf16 = TEXT.indexOf("روسيا");
        assertThat(utf16).isEqualTo(RUSSIA + 1);
        assertThat(SpanEdges.problem(TEXT, utf16, utf16 + 5))
                .isEqualTo("a span must lie inside the paragraph's 14 characters, not at 10–15");
        assertThat(SpanEdges.problem(TEXT, -1, 2)).startsWith("a span must lie inside the paragraph");
        assertThat(SpanEdges.problem("", 0, 1)).startsWith("a span must lie inside the paragraph");
    }
}
