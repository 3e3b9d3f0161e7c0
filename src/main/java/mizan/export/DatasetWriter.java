package mizan.export;

import java.io.IOException;
import java.util.List;

/** One output format. It is given whole documents, each already assigned to a split and checked. */
interface DatasetWriter extends AutoCloseable {

    /**
     * A line with its tokens and tags (null when no format needs them) and its text already
     * escaped and encoded for JSON, since the JSON files write each text several times.
     */
    record Item(ExportLine line, Iob2.Tagged tagged, byte[] textJson) {
    }

    void document(String docId, Split split, List<Item> items) throws IOException;

    @Override
    void close() throws IOException;
}
