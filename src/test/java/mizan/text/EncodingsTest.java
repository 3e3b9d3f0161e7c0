package mizan.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodingsTest {

    private static final String SEED = Seeds.text(Seeds.first());

    @Test
    void plainUtf8IsReadAsIs() {
        Decoded decoded = Encodings.decode(SEED.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(decoded.text()).isEqualTo(SEED);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf8WithBomAndCrlfGivesTheSameTextWithLfAndNoBom() {
        byte[] bytes = ("\uFEFF" + SEED.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Decoded decoded = Encodings.decode(bytes, "a.txt");
        assertThat(decoded.text()).isEqualTo(SEED);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void loneCarriageReturnsBecomeLineFeeds() {
        byte[] bytes = "سطر أول\rسطر ثان\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Encodings.decode(bytes, "a.txt").text()).isEqualTo("سطر أول\nسطر ثان\n");
    }

    @Test
    void utf16WithEitherBomGivesTheSameText() {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Decoded decoded = Encodings.decode(("\uFEFF" + SEED).getBytes(utf16), "a.txt");
            assertThat(decoded.text()).as(utf16.name()).isEqualTo(SEED);
            assertThat(decoded.charset()).isEqualTo(utf16.name());
        }
    }

    @Test
    void windows1256IsRecognised() {
        String text = encodableLines("windows-1256");
        Decoded decoded = Encodings.decode(text.getBytes(Charset.forName("windows-1256")), "legacy.txt");
        assertThat(decoded.charset()).isEqualTo("windows-1256");
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void iso88596IsRecognised() {
        String text = encodableLines("ISO-8859-6");
        assertThat(text.length()).as("enough Arabic-only seed text").isGreaterThan(500);
        Decoded decoded = Encodings.decode(text.getBytes(Charset.forName("ISO-8859-6")), "legacy.txt");
        assertThat(decoded.charset()).isEqualTo("ISO-8859-6");
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void aSingleLegacyArabicSentenceIsEnough() {
        String sentence = "وقال بوتين إن روسيا ستعمل مع كوريا الشمالية على تطوير العلاقات\n";
        for (String charset : new String[] {"windows-1256", "ISO-8859-6"}) {
            Decoded decoded = Encodings.decode(sentence.getBytes(Charset.forName(charset)), "one.txt");
            assertThat(decoded.charset()).isEqualTo(charset);
            assertThat(decoded.text()).isEqualTo(sentence);
        }
    }

    @Test
    void emptyInputIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> Encodings.decode(new byte[0], "empty.txt"))
                .isInstanceOf(EncodingException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void whitespaceOrBomOnlyIsRefused() {
        assertThatThrownBy(() -> Encodings.decode(" \n\t \r\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(EncodingException.class).hasMessageContaining("blank.txt");
        assertThatThrownBy(() -> Encodings.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' '}, "bom.txt"))
                .isInstanceOf(EncodingException.class).hasMessageContaining("bom.txt");
    }

    @Test
    void binaryInputIsRefused() {
        byte[] png = new byte[512];
        new Random(42).nextBytes(png);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, png, 0, header.length);
        assertThatThrownBy(() -> Encodings.decode(png, "picture.png"))
                .isInstanceOf(EncodingException.class).hasMessageContaining("picture.png").hasMessageContaining("binary");
    }

    @Test
    void latinLegacyTextIsRefusedRatherThanGuessed() {
        byte[] latin1 = "Le café était fermé à cause de la grève générale, déjà annoncée.".repeat(5)
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Encodings.decode(latin1, "french.txt"))
                .isInstanceOf(EncodingException.class).hasMessageContaining("french.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void randomHighBytesAreNotTakenForArabic() {
        byte[] noise = new byte[300];
        new Random(1).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80); // no NUL or control bytes: only the detector can refuse it
        }
        assertThatThrownBy(() -> Encodings.decode(noise, "noise.txt"))
                .isInstanceOf(EncodingException.class).hasMessageContaining("noise.txt").hasMessageContaining("Arabic");
    }

    @Test
    void invalidBytesAfterAUtf8BomAreRefused() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, 'b'};
        assertThatThrownBy(() -> Encodings.decode(bytes, "broken.txt"))
                .isInstanceOf(EncodingException.class).hasMessageContaining("broken.txt");
    }

    /** The seed lines this legacy charset can hold, joined as a file. */
    private static String encodableLines(String charset) {
        CharsetEncoder encoder = Charset.forName(charset).newEncoder();
        return Seeds.lines().stream().filter(encoder::canEncode).collect(Collectors.joining("\n", "", "\n"));
    }
}
