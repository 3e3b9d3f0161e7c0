package mizan.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
        return new Utf8Writer(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /**
     * A Writer that encodes each string with {@link String#getBytes}, which the JDK does in bulk,
     * instead of a CharsetEncoder going char by char through Arabic text (the CoNLL files write a
     * token at a time). Strings are whole tokens or lines, never half a surrogate pair.
     */
    private static final class Utf8Writer extends Writer {
        private final OutputStream out;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(int c) throws IOException {
            if (c < 0x80) {
                out.write(c);
            } else {
                write(String.valueOf((char) c));
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            write(new String(buf, off, len));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** One writer per split, named {@code <split><suffix>} in {@code folder}. */
    static Writer[] perSplit(Path folder, String suffix) throws IOException {
        Writer[] out = new Writer[Split.values().length];
        for (Split s : Split.values()) {
            out[s.ordinal()] = open(folder.resolve(s.id() + suffix));
        }
        return out;
    }

    /** One buffered byte stream per split, named {@code <split><suffix>} in {@code folder}. */
    static OutputStream[] perSplitBytes(Path folder, String suffix) throws IOException {
        Files.createDirectories(folder);
        OutputStream[] out = new OutputStream[Split.values().length];
        for (Split s : Split.values()) {
            out[s.ordinal()] = new BufferedOutputStream(Files.newOutputStream(folder.resolve(s.id() + suffix)), 1 << 16);
        }
        return out;
    }

    static void closeAll(Writer[] writers) throws IOException {
        for (Writer w : writers) {
            w.close();
        }
    }
}
