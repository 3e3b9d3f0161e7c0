package mizan.text;

/**
 * One token of a paragraph, offsets in code points (0-based, end-exclusive).
 *
 * @param word true for letters and digits, false for punctuation and symbols
 */
public record Token(int start, int end, String text, boolean word) {
}
