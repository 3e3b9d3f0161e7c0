package mizan.corpus;

import mizan.model.Document;
import mizan.model.Paragraph;
import mizan.text.Nfc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits decoded text into a document: a paragraph per non-blank line (trimmed, NFC), the first
 * line the title, boilerplate flagged, and the id taken from the hash of the normalised
 * paragraphs, so that the same content is the same document whatever file it came in.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** A document and its paragraphs, ready to store. */
    public record Parsed(Document document, List<Paragraph> paragraphs) {
        public int boilerplateCount() {
            return (int) paragraphs.stream().filter(Paragraph::boilerplate).count();
        }
    }

    /**
     * @param text     decoded text with LF line ends
     * @return empty paragraphs list when the text has no non-blank line
     */
    public static Parsed parse(String text, String source, String encoding, String metaJson) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int n = text.length();
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            String line = trim(text, from, to);
            if (!line.isEmpty()) {
                lines.add(Nfc.normalize(line));
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        String id = idOf(lines);
        List<String> rules = Boilerplate.classify(lines);
        List<Paragraph> paragraphs = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            paragraphs.add(new Paragraph(Paragraph.idOf(id, i), id, i, lines.get(i), rules.get(i) != null, rules.get(i)));
        }
        String title = lines.isEmpty() ? "" : lines.get(0);
        return new Parsed(new Document(id, title, source, encoding, metaJson, lines.size()), paragraphs);
    }

    /** The document id: the first 16 hex digits of SHA-256 over the paragraphs joined by LF. */
    static String idOf(List<String> paragraphs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i > 0) {
                    sha.update((byte) '\n');
                }
                sha.update(paragraphs.get(i).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Trims white space and invisible format characters (BOM, LRM, ZWNJ...) at both ends, so a
     * line holding nothing visible counts as blank.
     */
    static String trim(String s, int from, int to) {
        while (from < to && blank(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && blank(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        return s.substring(from, to);
    }

    private static boolean blank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }
}
