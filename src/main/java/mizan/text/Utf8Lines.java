package mizan.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a line-per-record UTF-8 file (JSONL) one line at a time, decoding each line on its own
 * and strictly: a line with bytes that are not UTF-8 is handed back with the problem, and the
 * lines after it read normally. A whole-file decoder stops at the first bad byte and takes the
 * rest of the file with it. Splitting the bytes at LF first is safe: in UTF-8 the byte 0x0A only
 * ever stands for a line feed. A CR before the LF and a BOM at the start are dropped.
 */
public final class Utf8Lines implements Closeable {

    /**
     * One line of the file.
     *
     * @param number  counted from 1, as editors show them
     * @param text    the decoded line, or null when it could not be decoded
     * @param problem why the line could not be decoded (without the file and line), or null
     */
    public record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[256];
    private int lineLength;
    private int number;
    private boolean ended;

    public Utf8Lines(InputStream in) {
        this.in = in;
    }

    public static Utf8Lines open(Path file) throws IOException {
        return new Utf8Lines(Files.newInputStream(file));
    }

    /** The next line, or null at the end of the file. */
    public Line next() throws IOException {
        if (!readLine()) {
            return null;
        }
        number++;
        int from = number == 1 && lineLength >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF ? 3 : 0;
        int to = lineLength > from && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        return decode(from, to);
    }

    /** Gathers the bytes up to the next LF (not included) into {@code line}; false at the end. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                if (ended) {
                    return any;
                }
                chunkEnd = in.read(chunk);
                chunkPos = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    ended = true;
                    return any;
                }
            }
            any = true;
            int start = chunkPos;
            while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            append(start, chunkPos);
            if (chunkPos < chunkEnd) {
                chunkPos++; // the LF
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(chunk, from, line, lineLength, n);
        lineLength += n;
    }

    private Line decode(int from, int to) {
        ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
        CharBuffer chars = CharBuffer.allocate(to - from);
        decoder.reset();
        CoderResult r = decoder.decode(bytes, chars, true);
        if (!r.isError()) {
            r = decoder.flush(chars);
        }
        if (r.isError()) {
            int at = bytes.position();
            return new Line(number, null, "not valid UTF-8: byte 0x"
                    + String.format("%02X", line[Math.min(at, to - 1)] & 0xFF) + " at byte " + (at - from + 1)
                    + " of the line; the file must be UTF-8 throughout: correct or re-save this line");
        }
        return new Line(number, chars.flip().toString(), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
