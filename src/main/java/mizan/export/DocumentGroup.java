package mizan.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects one document's items; a document that shows up again after another began would
 * land in two splits, so it stops the export.
 */
final class DocumentGroup {
    private final Consumer<List<DatasetWriter.Item>> sink;
    private final List<DatasetWriter.Item> items = new ArrayList<>();
    private byte[] lastDoc;

    DocumentGroup(Consumer<List<DatasetWriter.Item>> sink) {
        this.sink = sink;
    }

    void add(DatasetWriter.Item item) {
        if (!items.isEmpty() && !items.get(0).line().docId().equals(item.line().docId())) {
            flush();
        }
        if (items.isEmpty()) {
            byte[] id = item.line().docId().getBytes(StandardCharsets.UTF_8);
            if (lastDoc != null && Arrays.compareUnsigned(id, lastDoc) <= 0) {
                throw new ExportException("export check failed: document " + item.line().docId()
                        + " came back after another document began, so it could land in two splits;"
                        + " nothing was exported");
            }
            lastDoc = id;
        }
        items.add(item);
    }

    /** Hands the document on, its lines in text order (the stream gives paragraph-id order). */
    void flush() {
        if (!items.isEmpty()) {
            items.sort(Comparator.comparingInt(i -> i.line().paraIndex()));
            sink.accept(List.copyOf(items));
            items.clear();
        }
    }
}
