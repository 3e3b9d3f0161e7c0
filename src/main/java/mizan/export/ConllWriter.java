package mizan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoNLL with IOB2 tags, a file per split: {@code token TAG} per line, a blank line after each
 * sentence (ICU sentence segmentation within a paragraph, and every paragraph ends one), and
 * {@code -DOCSTART- O} followed by a blank line before each document, as in CoNLL-2003.
 * Written as bytes: a token is encoded once and each tag's {@code " TAG\n"} is encoded once per
 * export, since these files hold a line per token.
 */
final class ConllWriter implements DatasetWriter {

    private static final byte[] DOCSTART = "-DOCSTART- O\n\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream[] files;
    private final Map<String, byte[]> tagLines = new HashMap<>();

    ConllWriter(Path folder) throws IOException {
        files = TextFiles.perSplitBytes(folder, ".conll");
    }

    @Override
    public void document(String docId, Split split, List<Item> items) throws IOException {
        OutputStream out = files[split.ordinal()];
        out.write(DOCSTART);
        for (Item item : items) {
            Iob2.Tagged t = item.tagged();
            List<Integer> starts = t.sentenceStarts();
            int s = 0;
            for (int i = 0; i < t.tokens().size(); i++) {
                if (s < starts.size() && starts.get(s) == i) {
                    out.write('\n');
                    s++;
                }
                out.write(t.tokens().get(i).getBytes(StandardCharsets.UTF_8));
                out.write(tagLines.computeIfAbsent(t.tags().get(i),
                        tag -> (" " + tag + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            if (!t.tokens().isEmpty()) {
                out.write('\n');
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (OutputStream out : files) {
            out.close();
        }
    }
}
