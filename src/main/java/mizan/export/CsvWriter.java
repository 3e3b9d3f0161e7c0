package mizan.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Stance as SemEval-2016 Task 6 laid it out: {@code ID,Target,Text,Stance}, a file per split.
 * ID is {@code <paragraph id>:<target id>}; Stance keeps the scheme's labels (SemEval's NONE is
 * NEUTRAL or UNRELATED here). Fields are quoted as RFC 4180 says, UTF-8 without a BOM.
 */
final class CsvWriter implements DatasetWriter {

    private final Writer[] files;

    CsvWriter(Path folder) throws IOException {
        files = TextFiles.perSplit(folder, ".csv");
        for (Writer w : files) {
            w.write("ID,Target,Text,Stance\r\n");
        }
    }

    @Override
    public void document(String docId, Split split, List<Item> items) throws IOException {
        Writer w = files[split.ordinal()];
        for (Item item : items) {
            ExportLine l = item.line();
            for (ExportLine.Stance s : l.stance()) {
                w.write(field(l.id() + ":" + s.target()));
                w.write(',');
                w.write(field(s.target()));
                w.write(',');
                w.write(field(l.text()));
                w.write(',');
                w.write(field(s.label()));
                w.write("\r\n");
            }
        }
    }

    static String field(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        TextFiles.closeAll(files);
    }
}
