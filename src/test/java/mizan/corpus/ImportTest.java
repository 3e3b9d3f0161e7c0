package mizan.corpus;

import mizan.TestFiles;
import mizan.model.Paragraph;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ImportTest {

    @TempDir
    Path dir;

    private ImportReport importAll(Store store, Path... paths) {
        return new Importer(store.documents(), Importer.Progress.NONE).importPaths(List.of(paths));
    }

    @Test
    void theFiveSeedsAreFiveDocumentsWithTheirBoilerplateFlaggedAndASecondImportAddsNothing() {
        try (Store store = Store.open(dir.resolve("m.db"))) {
            ImportReport first = importAll(store, TestFiles.seeds());
            assertThat(first.documentsAdded()).isEqualTo(5);
            assertThat(first.rejected()).isEmpty();
            assertThat(store.documents().count()).isEqualTo(5);

            Map<String, String> flagged = store.documents().list().stream()
                    .flatMap(d -> store.documents().paragraphs(d.id()).stream())
                    .filter(Paragraph::boilerplate)
                    .collect(Collectors.toMap(Paragraph::text, Paragraph::boilerplateRule, (a, b) -> a));
            assertThat(flagged).containsEntry("Exit mobile version", "site-chrome")
                    .containsEntry("اترك تعليق", "comment-prompt")
                    .containsEntry("شروط التعليق :", "comment-policy")
                    .containsEntry("رأيكم يهــمنا", "comment-policy")
                    .containsEntry("لا يسمح بتضمين التعليق أية دعاية تجارية.", "comment-policy")
                    .containsEntry("مقالات مشابهة", "related-list");
            assertThat(flagged.keySet()).anyMatch(t -> t.startsWith("لن يتم نشر عنوان بريدك الإلكتروني"));
            assertThat(flagged.keySet()).anyMatch(t -> t.startsWith("كلمات دلالية:"));
            // article text is never flagged
            assertThat(flagged.keySet()).noneMatch(t -> t.startsWith("يأتي اجتماع القمة"));

            ImportReport second = importAll(store, TestFiles.seeds());
            assertThat(second.documentsAdded()).isZero();
            assertThat(second.documentsPresent()).isEqualTo(5);
            assertThat(store.documents().count()).isEqualTo(5);
        }
    }

    @Test
    void oneArticleInFourEncodingsIsOneDocumentWithIdenticalParagraphs() throws Exception {
        Path original = TestFiles.seeds().resolve("003_4fb5cd68fdc15878.txt");
        String text = TestFiles.read(original);
        Charset cp1256 = Charset.forName("windows-1256");
        assertThat(cp1256.newEncoder().canEncode(text)).as("the chosen article fits windows-1256").isTrue();

        Path variants = Files.createDirectories(dir.resolve("variants"));
        Files.write(variants.resolve("a-cp1256.txt"), text.getBytes(cp1256));
        Files.write(variants.resolve("b-utf16.txt"), text.getBytes(StandardCharsets.UTF_16)); // Java writes a BOM
        Files.write(variants.resolve("c-utf8bom-crlf.txt"),
                ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));

        try (Store reference = Store.open(dir.resolve("ref.db")); Store store = Store.open(dir.resolve("m.db"))) {
            importAll(reference, original);
            String docId = reference.documents().list().get(0).id();
            List<String> expected = texts(reference, docId);

            for (Path variant : Files.list(variants).sorted().toList()) {
                try (Store alone = Store.open(dir.resolve(variant.getFileName() + ".db"))) {
                    ImportReport r = importAll(alone, variant);
                    assertThat(r.rejected()).as(variant.toString()).isEmpty();
                    assertThat(alone.documents().list()).singleElement()
                            .satisfies(d -> assertThat(d.id()).as(variant.toString()).isEqualTo(docId));
                    assertThat(texts(alone, docId)).as(variant.toString()).isEqualTo(expected);
                }
            }
            ImportReport all = importAll(store, original, variants);
            assertThat(all.documentsAdded()).isEqualTo(1);
            assertThat(all.documentsPresent()).isEqualTo(3);
            assertThat(store.documents().list().get(0).encoding()).isEqualTo("UTF-8");
        }
    }

    @Test
    void jsonlDocumentsImportAndAMalformedLineIsReportedAsFileAndLine() throws Exception {
        Path jsonl = dir.resolve("corpus.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"a1\", \"text\": \"عنوان أول\\nقال بوتين إن التعاون مستمر.\", \"meta\": {\"site\": \"x\"}}",
                "{\"id\": \"a2\", \"text\": ",
                "{\"id\": \"a3\"}",
                "{\"id\": 4, \"text\": \"عنوان ثان\\r\\nفقرة.\"}", ""));
        try (Store store = Store.open(dir.resolve("m.db"))) {
            ImportReport r = importAll(store, jsonl);
            assertThat(r.documentsAdded()).isEqualTo(2);
            assertThat(r.rejected()).extracting(ImportReport.Rejected::where)
                    .containsExactly(jsonl + ":2", jsonl + ":3");
            assertThat(r.rejected().get(0).reason()).startsWith("malformed JSON");
            assertThat(r.rejected().get(1).reason()).contains("\"text\"");
            var doc = store.documents().list().get(0);
            assertThat(doc.title()).isEqualTo("عنوان أول");
            assertThat(doc.metaJson()).isEqualTo("{\"site\":\"x\"}");
            assertThat(doc.source()).endsWith("corpus.jsonl#a1");
        }
    }

    @Test
    void paragraphsAreTrimmedNfcLinesAndTheFirstIsTheTitle() {
        // shadda + fatha typed in the non-canonical order; NFC puts them in canonical order
        String raw = "  العنوان  \n\n\u200F\n  الشدّ\u064E\u0651ة هنا \t\n";
        DocumentText.Parsed p = DocumentText.parse(raw, "x.txt", "UTF-8", null);
        assertThat(p.paragraphs()).extracting(Paragraph::text)
                .containsExactly("العنوان", java.text.Normalizer.normalize("الشدّ\u064E\u0651ة هنا", java.text.Normalizer.Form.NFC));
        assertThat(p.document().title()).isEqualTo("العنوان");
        assertThat(p.paragraphs().get(1).id()).isEqualTo(p.document().id() + "-1");
    }

    private static List<String> texts(Store store, String docId) {
        return store.documents().paragraphs(docId).stream().map(Paragraph::text).toList();
    }
}
