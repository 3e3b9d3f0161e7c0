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
}
