package mizan.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * CoNLL with IOB2 tags, a file per split: {@code token TAG} per line, a blank line after each
 * sentence (ICU sentence segmentation within a paragraph, and every paragraph ends one), and
 * {@code -DOCSTART- O} followed by a blank line before each document, as in CoNLL-2003.
 */
final class ConllWriter implements DatasetWriter {

    private final Writer[] files;

    ConllWriter(Path folder) throws IOException {
        files = TextFiles.perSplit(folder, ".conll");
    }

    @Override
    public void document(String docId, Split split, List<Item> items) throws IOException {
        Writer w = files[split.ordinal()];
        w.write("-DOCSTART- O\n\n");
        for (Item item : items) {
            Iob2.Tagged t = item.tagged();
            List<Integer> starts = t.sentenceStarts();
            int s = 0;
            for (int i = 0; i < t.tokens().size(); i++) {
                if (s < starts.size() && starts.get(s) == i) {
                    w.write('\n');
                    s++;
                }
                w.write(t.tokens().get(i));
                w.write(' ');
                w.write(t.tags().get(i));
                w.write('\n');
            }
            if (!t.tokens().isEmpty()) {
                w.write('\n');
            }
        }
    }

    @Override
    public void close() throws IOException {
        TextFiles.closeAll(files);
    }
}
