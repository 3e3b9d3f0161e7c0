package mizan.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Buffered UTF-8 writers for the export's text files (no BOM, LF line ends). */
final class TextFiles {

    private TextFiles() {
    }

    static Writer open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** One writer per split, named {@code <split><suffix>} in {@code folder}. */
    static Writer[] perSplit(Path folder, String suffix) throws IOException {
        Writer[] out = new Writer[Split.values().length];
        for (Split s : Split.values()) {
            out[s.ordinal()] = open(folder.resolve(s.id() + suffix));
        }
        return out;
    }

    static void closeAll(Writer[] writers) throws IOException {
        for (Writer w : writers) {
            w.close();
        }
    }
}
