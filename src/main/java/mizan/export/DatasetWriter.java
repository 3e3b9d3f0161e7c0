package mizan.export;

import java.io.IOException;
import java.util.List;

/** One output format. It is given whole documents, each already assigned to a split and checked. */
interface DatasetWriter extends AutoCloseable {

    /** A line with its tokens and tags (null when no format needs them). */
    record Item(ExportLine line, Iob2.Tagged tagged) {
    }

    void document(String docId, Split split, List<Item> items) throws IOException;

    @Override
    void close() throws IOException;
}
