package mizan.export;

import mizan.model.LabelScheme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The writers of the requested formats, fed the same documents in turn. */
final class Writers implements AutoCloseable {

    private final List<DatasetWriter> all = new ArrayList<>();

    private Writers() {
    }

    static Writers open(Path work, ExportOptions options, LabelScheme scheme, Stats stats) throws IOException {
        Writers w = new Writers();
        try {
            w.all.add(stats);
            if (options.formats().contains(Format.JSONL)) {
                w.all.add(new MasterJsonl(work));
            }
            if (options.formats().contains(Format.HF)) {
                w.all.add(new HfWriter(work.resolve("hf"), ClassLabels.of(scheme)));
            }
            if (options.formats().contains(Format.CONLL)) {
                w.all.add(new ConllWriter(work.resolve("conll")));
            }
            if (options.formats().contains(Format.BRAT)) {
                w.all.add(new BratWriter(work.resolve("brat"), scheme,
                        options.source() instanceof Source.AllAnnotators));
            }
            if (options.formats().contains(Format.CSV)) {
                w.all.add(new CsvWriter(work.resolve("csv")));
            }
            return w;
        } catch (IOException | RuntimeException e) {
            w.closeQuietly();
            throw e;
        }
    }

    /** Hands a document to every writer; a write failure is unchecked so it can leave the stream. */
    void document(String docId, Split split, List<DatasetWriter.Item> items) {
        try {
            for (DatasetWriter w : all) {
                w.document(docId, split, items);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (DatasetWriter w : all) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }
}
