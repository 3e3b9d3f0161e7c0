package mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchFoldTest {

    /** The first non-blank seed line holding {@code word}, in its stored (NFC) form. */
    private static String seedLineWith(String word) {
        return Seeds.lines().stream().map(Nfc::normalize).filter(l -> l.contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed line holds " + word));
    }

    private static List<String> found(String text, String query) {
        return SearchFold.all(text, query).stream().map(m -> Offsets.substring(text, m.start(), m.end())).toList();
    }

    /** Code-point offset of the {@code nth} (0-based) occurrence of {@code word} in {@code text}. */
    private static int cpOf(String text, String word, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(word, at + 1);
        }
        return Offsets.utf16ToCp(text, at);
    }

    @Test
    void hamzaAlefIsFoundByBareAlefAtEveryOccurrence() {
        String line = seedLineWith("أوكرانيا");
        int occurrences = line.split("أوكرانيا", -1).length - 1;
        List<SearchFold.Match> matches = SearchFold.all(line, "اوكرانيا");
        assertThat(matches).hasSize(occurrences);
        int first = cpOf(line, "أوكرانيا", 0);
        assertThat(matches.get(0)).isEqualTo(new SearchFold.Match(first, first + 8));
        assertThat(found(line, "اوكرانيا")).containsOnly("أوكرانيا");
    }

    @Test
    void aWordWithHarakatIsFoundByTheBareWordAndTheSpanKeepsItsLastMark() {
        String line = seedLineWith("ويُنظَر");
        assertThat(found(line, "وينظر")).containsExactly("ويُنظَر");
        // the fathatan after the last letter belongs to it: the highlight must not cut it off
        String also = seedLineWith("أيضاً");
        assertThat(found(also, "ايضا")).contains("أيضاً");
        SearchFold.Match m = SearchFold.all(also, "ايضا").get(0);
        assertThat(Graphemes.isBoundary(also, m.end())).isTrue();
    }

    @Test
    void aBareWordIsFoundByAQueryWithHarakat() {
        String line = seedLineWith("قال");
        assertThat(found(line, "قَالَ")).first().isEqualTo("قال");
        assertThat(SearchFold.all(line, "قَالَ").get(0).start()).isEqualTo(cpOf(line, "قال", 0));
    }

    @Test
    void tehMarbutaIsFoundByHehAndAlefMaqsuraByYeh() {
        String text = "ذهب الطفل إلى المدرسةِ صباحًا";
        assertThat(found(text, "مدرسه")).containsExactly("مدرسةِ");
        assertThat(found(text, "الي")).containsExactly("إلى");
        String line = seedLineWith("على");
        assertThat(SearchFold.all(line, "علي")).extracting(SearchFold.Match::start).contains(cpOf(line, "على", 0));
    }

    @Test
    void latinIsCaseFoldedAndOffsetsAreCodePointsAfterAnEmoji() {
        String text = "😀 قال الأمين العام لحلف NATO إن nato يتوسع 😀 Nato";
        List<SearchFold.Match> matches = SearchFold.all(text, "nato");
        // the emoji is one code point and two UTF-16 units: "NATO" starts at UTF-16 index 25, code point 24
        assertThat(matches.get(0)).isEqualTo(new SearchFold.Match(24, 28));
        assertThat(found(text, "nato")).containsExactly("NATO", "nato", "Nato");
        assertThat(found("STRASSE und Straße", "straße")).containsExactly("STRASSE", "Straße");
    }

    @Test
    void tatweelInsideAWordIsIgnored() {
        assertThat(found("هذا كـبير جدا", "كبير")).containsExactly("كـبير");
        String line = seedLineWith("يهــمنا");
        assertThat(found(line, "يهمنا")).containsExactly("يهــمنا");
    }

    @Test
    void persianKehehAndYehAndNoBreakSpacesInSeedTextAreFoundByWhatAReaderTypes() {
        String persian = seedLineWith("کوریا الشمالیة");
        assertThat(found(persian, "كوريا الشمالية")).contains("کوریا الشمالیة");
        String nbsp = seedLineWith("لقاء\u00a0كيم");
        assertThat(found(nbsp, "لقاء كيم")).containsExactly("لقاء\u00a0كيم");
    }

    @Test
    void invisibleFormatCharactersInsideAWordAreIgnored() {
        String text = "قال\u200F رو\u200Cسيا\u200D";
        // ZWNJ/ZWJ join the letter before them in one grapheme cluster, so the span keeps the trailing ZWJ
        assertThat(found(text, "روسيا")).containsExactly("رو\u200Cسيا\u200D");
        assertThat(found(text, "قال روسيا")).containsExactly("قال\u200F رو\u200Cسيا\u200D");
        for (int cp = 0x0600; cp <= 0x06FF; cp++) {
            if (UCharacter.getType(cp) == UCharacterCategory.FORMAT) {
                assertThat(SearchFold.fold(Character.toString(cp))).as("U+%04X", cp).isEmpty();
            }
        }
        // the Arabic letter mark is a format character of the Arabic block
        assertThat(found("في موسكو\u061C اليوم", "موسكو اليوم")).containsExactly("موسكو\u061C اليوم");
    }

    @Test
    void aMatchAfterAPrependedNumberSignStartsWithTheSignSoTheClusterIsWhole() {
        // U+0600 ARABIC NUMBER SIGN is drawn under the digits after it: one grapheme cluster with them
        String text = "الرقم \u0600١٢٣ هنا";
        assertThat(SearchFold.all(text, "١٢٣")).containsExactly(new SearchFold.Match(6, 10));
    }

    @Test
    void anEmptyQueryOrOneOfMarksOnlyMatchesNothing() {
        assertThat(SearchFold.all("كَتَبَ", "")).isEmpty();
        assertThat(SearchFold.all("كَتَبَ", "\u064E\u0640")).isEmpty();
        assertThat(SearchFold.all("كَتَبَ", "ًٌٍ")).isEmpty();
        assertThat(SearchFold.fold("أَحْمَدُ NATO")).isEqualTo("احمد nato");
    }

    @Test
    void aPartialMatchThatFailsDoesNotHideAMatchStartingInsideIt() {
        assertThat(found("هههها", "ههها")).containsExactly("ههها");
        assertThat(SearchFold.all("هههها", "ههها")).containsExactly(new SearchFold.Match(1, 5));
        assertThat(found("AAAB aab", "aab")).containsExactly("AAB", "aab");
    }

    @Test
    void matchesDoNotOverlapAndNextAndPreviousStepThroughThem() {
        assertThat(SearchFold.all("ااااا", "اا"))
                .containsExactly(new SearchFold.Match(0, 2), new SearchFold.Match(2, 4));
        String text = "روسيا وروسيا 😀 رُوسيا";
        List<SearchFold.Match> all = SearchFold.all(text, "روسيا");
        assertThat(all).containsExactly(new SearchFold.Match(0, 5), new SearchFold.Match(7, 12),
                new SearchFold.Match(15, 21));
        assertThat(SearchFold.next(text, "روسيا", 0)).contains(all.get(0));
        assertThat(SearchFold.next(text, "روسيا", 1)).contains(all.get(1));
        assertThat(SearchFold.next(text, "روسيا", 16)).isEmpty();
        assertThat(SearchFold.previous(text, "روسيا", 15)).contains(all.get(1));
        assertThat(SearchFold.previous(text, "روسيا", 16)).contains(all.get(2));
        assertThat(SearchFold.previous(text, "روسيا", 0)).isEmpty();
    }

    @Test
    void everySeedMatchCoversWholeClustersAndFoldsBackToTheQuery() {
        List<String> queries = List.of("روسيا", "كوريا الشمالية", "اوكرانيا", "الي", "ه", "ا", "بوتين", "كيم");
        int checked = 0;
        for (String raw : Seeds.lines()) {
            String line = Nfc.normalize(raw);
            String foldedLine = SearchFold.fold(line);
            for (String q : queries) {
                String fq = SearchFold.fold(q);
                List<SearchFold.Match> matches = SearchFold.all(line, q);
                int expected = 0;
                for (int at = foldedLine.indexOf(fq); at >= 0; at = foldedLine.indexOf(fq, at + fq.length())) {
                    expected++;
                }
                assertThat(matches).as("%s in %s", q, line).hasSize(expected);
                for (SearchFold.Match m : matches) {
                    String span = Offsets.substring(line, m.start(), m.end());
                    assertThat(SearchFold.fold(span)).as(span).isEqualTo(fq);
                    assertThat(Graphemes.isBoundary(line, m.start())).isTrue();
                    assertThat(Graphemes.isBoundary(line, m.end())).isTrue();
                    String firstCp = Character.toString(span.codePointAt(0));
                    assertThat(SearchFold.fold(firstCp)).as("a match never starts on an ignored mark").isNotEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
