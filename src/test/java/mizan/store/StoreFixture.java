package mizan.store;

import mizan.corpus.DocumentText;

import java.nio.file.Path;

/** A store with one small document, for label tests. */
public final class StoreFixture {

    private StoreFixture() {
    }

    /** Opens a database at {@code db} holding one document of the given lines; returns its paragraph 1 id. */
    public static String oneDocument(Store store, String... lines) {
        DocumentText.Parsed parsed = DocumentText.parse(String.join("\n", lines), "test.txt", "UTF-8", null);
        store.documents().add(parsed.document(), parsed.paragraphs());
        return parsed.paragraphs().get(Math.min(1, parsed.paragraphs().size() - 1)).id();
    }

    public static Store open(Path dir) {
        return Store.open(dir.resolve("mizan.db"));
    }

    /** The code-point offset where {@code word} first starts in {@code text}. */
    public static int at(String text, String word) {
        int i = text.indexOf(word);
        if (i < 0) {
            throw new IllegalArgumentException("not in the paragraph: " + word);
        }
        return text.codePointCount(0, i);
    }

    /** The code-point offset just past the first {@code word} in {@code text}. */
    public static int end(String text, String word) {
        return at(text, word) + word.codePointCount(0, word.length());
    }
}
