package mizan.bench;

import mizan.TestFiles;
import mizan.corpus.ImportReport;
import mizan.corpus.Importer;
import mizan.model.Document;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTest {

    private static final List<String> SENTENCES = SyntheticCorpus.seedSentences(TestFiles.seeds());

    @Test
    void theSeedSentencesAreArticleTextWithoutBoilerplate() {
        assertThat(SENTENCES).hasSizeGreaterThan(50)
                .anyMatch(s -> s.contains("بوتين"))
                .noneMatch(s -> s.contains("Exit mobile version"))
                .noneMatch(s -> s.contains("اترك تعليقاً"));
        assertThat(new HashSet<>(SENTENCES)).hasSameSizeAs(SENTENCES);
    }

    @Test
    void theSameSeedGivesTheSameParagraphsAndAnotherSeedOthers() {
        List<String> a = new SyntheticCorpus(SENTENCES, 7).paragraphs(500);
        List<String> b = new SyntheticCorpus(SENTENCES, 7).paragraphs(500);
        List<String> c = new SyntheticCorpus(SENTENCES, 8).paragraphs(500);
        assertThat(a).hasSize(500).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void paragraphsAreMadeOfWholeSeedSentences() {
        for (String p : new SyntheticCorpus(SENTENCES, 7).paragraphs(300)) {
            assertThat(sentencesIn(p)).as(p).isBetween(1, 4);
        }
    }

    /** How many seed sentences, joined by spaces, make up {@code p}; 0 when it is not made of them. */
    private static int sentencesIn(String p) {
        for (String s : SENTENCES) {
            if (p.equals(s)) {
                return 1;
            }
            if (p.startsWith(s + " ")) {
                int rest = sentencesIn(p.substring(s.length() + 1));
                if (rest > 0) {
                    return rest + 1;
                }
            }
        }
        return 0;
    }

    @Test
    void aParagraphOfWordsHasExactlyThatManyWords() {
        String p = new SyntheticCorpus(SENTENCES, 7).paragraphOfWords(400);
        assertThat(p.split(" ")).hasSize(400);
    }

    @Test
    void writtenDocumentsHoldTheAskedNumberOfParagraphs(@TempDir Path dir) throws Exception {
        int files = new SyntheticCorpus(SENTENCES, 7).writeDocuments(dir, 45);
        assertThat(files).isEqualTo(3);
        try (Stream<Path> s = Files.list(dir)) {
            long lines = s.mapToLong(f -> read(f).lines().filter(l -> !l.isBlank()).count()).sum();
            assertThat(lines).isEqualTo(45);
        }
    }

    @Test
    void theCorpusImportsWholeWithDocumentsInFileOrder(@TempDir Path dir) {
        Path folder = dir.resolve("corpus");
        new SyntheticCorpus(SENTENCES, 7).writeDocuments(folder, 2_000);
        try (Store store = Store.open(dir.resolve("bench.db"))) {
            ImportReport report = new Importer(store.documents(), Importer.Progress.NONE).importPaths(List.of(folder));
            assertThat(report.rejected()).isEmpty();
            assertThat(report.paragraphsAdded()).isEqualTo(2_000);
            assertThat(report.documentsAdded()).isEqualTo(100);
            List<String> sources = store.documents().list().stream().map(Document::source).toList();
            assertThat(sources).isSorted().hasSize(100);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
