package mizan.store;

import mizan.corpus.DocumentText;
import mizan.model.Paragraph;
import mizan.text.Offsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueSearchTest {

    private static final String[] LINES = {
        "عنوان التقرير عن القمة",
        "قال بوتين 😀 إن روسيا تتعاون مع كوريا، وإنّ رُوسيا لن تتراجع.",
        "لا ذكر للبلد في هذه الفقرة.",
        "أعلنت موسكو أن روســيا مستعدة للحوار.",
        "خاتمة التقرير.",
    };

    /** The two matches of روسيا in paragraph 1 (the second with a damma) and the one in paragraph 3 (with tatweel). */
    private static final Queues.Hit FIRST = hit(1, "روسيا", 0, false);
    private static final Queues.Hit SECOND = hit(1, "رُوسيا", 0, false);
    private static final Queues.Hit LAST = hit(3, "روســيا", 0, false);

    @TempDir
    Path dir;

    /** Adds a document of {@code lines} and returns its paragraph ids in order. */
    private static List<String> document(Store store, List<String> lines) {
        DocumentText.Parsed parsed = DocumentText.parse(String.join("\n", lines), "test.txt", "UTF-8", null);
        store.documents().add(parsed.document(), parsed.paragraphs());
        return parsed.paragraphs().stream().map(Paragraph::id).toList();
    }

    /** Where the {@code nth} (0-based) occurrence of {@code word} sits in line {@code index}, as a hit. */
    private static Queues.Hit hit(int index, String word, int nth, boolean wrapped) {
        String line = LINES[index];
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = line.indexOf(word, at + 1);
        }
        int start = Offsets.utf16ToCp(line, at);
        return new Queues.Hit(index, start, start + word.codePointCount(0, word.length()), wrapped);
    }

    @Test
    void forwardFindsTheSecondMatchInTheSameParagraphThenTheNextParagraph() {
        try (Store s = StoreFixture.open(dir)) {
            List<String> q = document(s, List.of(LINES));
            assertThat(Queues.find(s, q, "روسيا", 0, 0, true)).contains(FIRST);
            // offsets are code points: the emoji before the word counts once
            assertThat(FIRST.start()).isEqualTo(15);
            assertThat(Queues.find(s, q, "روسيا", 1, FIRST.start() + 1, true)).contains(SECOND);
            assertThat(Queues.find(s, q, "روسيا", 1, SECOND.start() + 1, true)).contains(LAST);
        }
    }

    @Test
    void backwardFindsThePreviousMatchThenTheLastMatchOfAnEarlierParagraph() {
        try (Store s = StoreFixture.open(dir)) {
            List<String> q = document(s, List.of(LINES));
            assertThat(Queues.find(s, q, "روسيا", 3, 0, false)).contains(SECOND);
            assertThat(Queues.find(s, q, "روسيا", 1, SECOND.start(), false)).contains(FIRST);
            assertThat(Queues.find(s, q, "روسيا", 4, 0, false)).contains(LAST);
        }
    }

    @Test
    void searchWrapsAroundTheQueueAndSaysSo() {
        try (Store s = StoreFixture.open(dir)) {
            List<String> q = document(s, List.of(LINES));
            assertThat(Queues.find(s, q, "روسيا", 3, LAST.start() + 1, true)).contains(hit(1, "روسيا", 0, true));
            assertThat(Queues.find(s, q, "روسيا", 1, 0, false)).contains(hit(3, "روســيا", 0, true));
            // the only match is in the start paragraph, behind the search direction
            Queues.Hit putin = hit(1, "بوتين", 0, false);
            assertThat(Queues.find(s, q, "بوتين", 1, putin.start() + 1, true)).contains(hit(1, "بوتين", 0, true));
            assertThat(Queues.find(s, q, "بوتين", 1, putin.start(), false)).contains(hit(1, "بوتين", 0, true));
            assertThat(Queues.find(s, q, "بوتين", 1, putin.start(), true)).contains(putin);
        }
    }

    @Test
    void noMatchAnywhereGivesNothing() {
        try (Store s = StoreFixture.open(dir)) {
            List<String> q = document(s, List.of(LINES));
            assertThat(Queues.find(s, q, "واشنطن", 2, 0, true)).isEmpty();
            assertThat(Queues.find(s, q, "واشنطن", 2, 0, false)).isEmpty();
            assertThat(Queues.find(s, q, "", 2, 0, true)).isEmpty();
            assertThat(Queues.find(s, List.of(), "روسيا", 0, 0, true)).isEmpty();
        }
    }

    @Test
    void queueOrderIsFollowedAcrossChunksNotTheDatabaseOrder() {
        try (Store s = StoreFixture.open(dir)) {
            int n = 2 * Queues.SEARCH_CHUNK + 200;
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(i == 100 || i == n - 100 ? "فقرة " + i + " تذكر أوكرانيا." : "فقرة " + i + " بلا ذكر.");
            }
            List<String> q = new ArrayList<>(document(s, lines));
            Collections.reverse(q);
            // reversed: paragraph n-100 is at queue index 99, paragraph 100 at n-101
            assertThat(Queues.find(s, q, "اوكرانيا", 0, 0, true)).map(Queues.Hit::index).contains(99);
            assertThat(Queues.find(s, q, "اوكرانيا", 100, 0, true)).map(Queues.Hit::index).contains(n - 101);
            assertThat(Queues.find(s, q, "اوكرانيا", n - 100, 0, true)).get()
                    .extracting(Queues.Hit::index, Queues.Hit::wrapped).containsExactly(99, true);
            assertThat(Queues.find(s, q, "اوكرانيا", n - 102, 0, false)).get()
                    .extracting(Queues.Hit::index, Queues.Hit::wrapped).containsExactly(99, false);
            assertThat(Queues.find(s, q, "اوكرانيا", 50, 0, false)).get()
                    .extracting(Queues.Hit::index, Queues.Hit::wrapped).containsExactly(n - 101, true);
        }
    }

    @Test
    void aQueueNamingAMissingParagraphIsReportedWithItsId() {
        try (Store s = StoreFixture.open(dir)) {
            List<String> q = new ArrayList<>(document(s, List.of(LINES)));
            q.add("no-such-paragraph");
            assertThatThrownBy(() -> Queues.find(s, q, "واشنطن", 0, 0, true))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no-such-paragraph");
        }
    }
}
