package mizan.store;

import mizan.model.AnnotationSet;
import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imported spans obey the workbench's rules: repeats fold into one, conflicts stop the import. */
class LabelImportTest {

    /** وزير خارجية روسيا at 4–21, روسيا at 16–21, the claim إن التعاون مستمر at 22–40. */
    private static final String PARAGRAPH = "قال وزير خارجية روسيا إن التعاون مستمر.";

    @TempDir
    Path dir;

    private static LabelImport.Entry entry(String pid, Span... spans) {
        return new LabelImport.Entry(pid, "model-v1", new AnnotationSet(Map.of("MILCOOP", "FAVOR"), List.of(spans),
                false));
    }

    private static LabelImport importer(Store s) {
        return new LabelImport(s, "lena", "import-annotations labels.jsonl");
    }

    private static Span entity(long localId, int start, int end, String type) {
        return Span.entity(localId, null, null, start, end, type);
    }

    @Test
    void theSameLabelTwiceIsImportedOnceAndAClaimCitingEitherCopyKeepsItsClaimer() {
        try (Store s = StoreFixture.open(dir)) {
            String pid = StoreFixture.oneDocument(s, "عنوان", PARAGRAPH);
            Span claim = Span.claim(-3, null, null, 22, 39, true, Claimer.span(-2), "AFFIRM");
            LabelImport.Entry twice = entry(pid, entity(-1, 16, 21, "GPE"), entity(-2, 16, 21, "GPE"), claim, claim);
            assertThat(importer(s).replace(List.of(twice))).isEqualTo(1);

            List<Span> stored = s.labels().spans(pid, "model-v1");
            assertThat(stored).extracting(Span::kind, Span::start, Span::end).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(SpanKind.ENTITY, 16, 21),
                    org.assertj.core.groups.Tuple.tuple(SpanKind.CLAIM, 22, 39));
            assertThat(stored.get(1).claimer()).isEqualTo(Claimer.span(stored.get(0).id()));

            long events = Sql.longValue(s, "SELECT count(*) FROM events");
            assertThat(importer(s).replace(List.of(twice))).as("importing it again changes nothing").isZero();
            assertThat(Sql.longValue(s, "SELECT count(*) FROM events")).isEqualTo(events);
        }
    }

    @Test
    void conflictingSpansStopTheBatchNamingTheParagraphAndTheSpan() {
        try (Store s = StoreFixture.open(dir)) {
            String first = StoreFixture.oneDocument(s, "عنوان", PARAGRAPH, PARAGRAPH);
            String second = first.replaceAll("-1$", "-2");
            LabelImport.Entry fine = entry(first, entity(-1, 4, 21, "OCC"), entity(-2, 16, 21, "GPE"));

            LabelImport.Entry crossing = entry(second, entity(-1, 4, 21, "OCC"), entity(-2, 16, 24, "GPE"));
            assertThatThrownBy(() -> importer(s).replace(List.of(fine, crossing)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("paragraph " + second + ", model-v1's entity GPE at 16–24:"
                            + " it would cross the OCC span at 4–21; the import stopped there");
            assertThat(s.labels().ownerLabels(first, "model-v1").stance()).as("the batch is rolled back").isEmpty();

            LabelImport.Entry twoTypes = entry(second, entity(-1, 16, 21, "GPE"), entity(-2, 16, 21, "LOC"));
            assertThatThrownBy(() -> importer(s).replace(List.of(twoTypes)))
                    .hasMessageContaining("entity LOC at 16–21: already tagged GPE there");

            LabelImport.Entry space = entry(second, entity(-1, 16, 22, "GPE"));
            assertThatThrownBy(() -> importer(s).replace(List.of(space)))
                    .hasMessageContaining("entity GPE at 16–22: a span cannot begin or end with a space");

            Span claim = Span.claim(-1, null, null, 22, 39, true, Claimer.AUTHOR, "AFFIRM");
            Span other = Span.claim(-2, null, null, 22, 39, false, Claimer.ANONYMOUS, "AFFIRM");
            assertThatThrownBy(() -> importer(s).replace(List.of(entry(second, claim, other))))
                    .hasMessageContaining("claim at 22–39: there is already a claim there");

            assertThat(importer(s).replace(List.of(fine))).isEqualTo(1);
            assertThat(s.labels().spans(first, "model-v1")).hasSize(2);
            assertThat(s.labels().spans(second, "model-v1")).isEmpty();
        }
    }
}
