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
 *
 * <p>Text holding a control character other than tab and the line feed, or half of a UTF-16
 * surrogate pair, is refused whole: such characters are invisible on screen, and once stored
 * they would reach every export (a NUL byte in a CSV or CoNLL file breaks the tools that read it).
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
     * A character text may not hold, and where: line and column counted from 1 in the text given,
     * the column in characters as a reader counts them (code points).
     */
    public record Unstorable(int line, int column, String character) {
    }

    /** Text refused because of an {@link Unstorable} character; the caller names the file. */
    public static final class Refused extends RuntimeException {

        private final transient Unstorable where;

        Refused(Unstorable where) {
            super(where.character() + " at line " + where.line() + ", column " + where.column());
            this.where = where;
        }

        public Unstorable where() {
            return where;
        }
    }

    /** What a person can do about an {@link Unstorable} character, for messages. */
    public static final String REMEDY = "text may hold no control characters but tab; remove it"
            + " (often a stray byte from a copy or a conversion) and import the file again";

    /**
     * @param text     decoded text with LF line ends
     * @return empty paragraphs list when the text has no non-blank line
     * @throws Refused when the text holds a control character or half a surrogate pair
     */
    public static Parsed parse(String text, String source, String encoding, String metaJson) {
        Unstorable bad = firstUnstorable(text);
        if (bad != null) {
            throw new Refused(bad);
        }
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

    /** The first character of {@code text} that may not be stored, or null when there is none. */
    public static Unstorable firstUnstorable(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t') || Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                String what = Character.isSurrogate(c)
                        ? String.format("half of a UTF-16 surrogate pair (U+%04X) without its other half", (int) c)
                        : String.format("the control character U+%04X (%s)", (int) c, Character.getName(c));
                return new Unstorable(line, text.codePointCount(lineStart, i) + 1, what);
            }
        }
        return null;
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
