package mizan.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Turns the bytes of an imported file into text.
 *
 * <p>Order of attempts: a UTF-8 or UTF-16 byte-order mark decides outright; then strict UTF-8
 * (most files are UTF-8, and random legacy bytes are very unlikely to be valid UTF-8); then ICU's
 * {@link CharsetDetector}, of whose guesses only the two legacy Arabic charsets are accepted.
 *
 * <p>Confidence rule: of ICU's guesses only the better-scoring of windows-1256 and ISO-8859-6 is
 * considered, and it is accepted when its confidence (0–100) is at least
 * {@value #MIN_ARABIC_CONFIDENCE} and the bytes then decode strictly in it. On the seed articles
 * and on single Arabic sentences the right charset scores 60–77 while the other Arabic charset
 * scores 26–34 (the two share no letter positions, so each reads the other as noise); Latin-1
 * text is not matched as Arabic at all and random bytes score about 1. Anything else is refused
 * rather than guessed: a wrong charset would silently corrupt the corpus.
 *
 * <p>The result is not NFC-normalised; that happens once, on import, with {@link Nfc}.
 */
public final class Encodings {

    static final int MIN_ARABIC_CONFIDENCE = 50;
    /** Share of control bytes above which a file is taken to be binary rather than text. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Set<String> ARABIC_LEGACY = Set.of("windows-1256", "ISO-8859-6");

    private Encodings() {
    }

    public static Decoded decode(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new EncodingException(fileName, "the file is empty");
        }
        Decoded raw = decodeRaw(bytes, fileName);
        String text = foldLineEnds(stripBom(raw.text()));
        if (text.isBlank()) {
            throw new EncodingException(fileName, "the file holds only whitespace");
        }
        if (looksBinary(text)) {
            throw new EncodingException(fileName, "the file looks binary (NUL or control characters), not text");
        }
        return new Decoded(text, raw.charset());
    }

    private static Decoded decodeRaw(byte[] bytes, String fileName) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrFail(bytes, 3, StandardCharsets.UTF_8, fileName);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictOrFail(bytes, 2, StandardCharsets.UTF_16LE, fileName);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictOrFail(bytes, 2, StandardCharsets.UTF_16BE, fileName);
        }
        // Without a BOM, NUL bytes never occur in UTF-8 or the Arabic legacy charsets' text.
        if (looksBinary(bytes)) {
            throw new EncodingException(fileName, "the file looks binary (NUL or control bytes), not text;"
                    + " if it is UTF-16, save it with a byte-order mark or as UTF-8");
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8.name());
        }
        return detectArabicLegacy(bytes, fileName);
    }

    private static Decoded detectArabicLegacy(byte[] bytes, String fileName) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        // detectAll() is ordered best first, so this is the better-scoring of the two Arabic charsets.
        CharsetMatch arabic = Arrays.stream(detector.detectAll())
                .filter(match -> ARABIC_LEGACY.contains(match.getName()))
                .findFirst().orElse(null);
        if (arabic != null && arabic.getConfidence() >= MIN_ARABIC_CONFIDENCE) {
            String text = strict(bytes, 0, Charset.forName(arabic.getName()));
            if (text != null) {
                return new Decoded(text, arabic.getName());
            }
        }
        throw new EncodingException(fileName, "not valid UTF-8, and not recognisable as Arabic in windows-1256"
                + " or ISO-8859-6; save it as UTF-8 and import it again");
    }

    private static Decoded strictOrFail(byte[] bytes, int skip, Charset charset, String fileName) {
        String text = strict(bytes, skip, charset);
        if (text == null) {
            throw new EncodingException(fileName, "starts with a " + charset.name()
                    + " byte-order mark but holds bytes that are not valid " + charset.name());
        }
        return new Decoded(text, charset.name());
    }

    /** Decodes reporting every malformed or unmappable byte; null when the bytes are not in this charset. */
    private static String strict(byte[] bytes, int skip, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(Arrays.copyOf(bytes, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            controls += isStrayControl(b & 0xFF) ? 1 : 0;
        }
        return controls > bytes.length * MAX_CONTROL_SHARE;
    }

    private static boolean looksBinary(String text) {
        long controls = text.chars().filter(Encodings::isStrayControl).count();
        return text.indexOf('\0') >= 0 || controls > text.length() * MAX_CONTROL_SHARE;
    }

    /** C0 controls other than tab, line feed, form feed and carriage return, which plain text uses. */
    private static boolean isStrayControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String foldLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
