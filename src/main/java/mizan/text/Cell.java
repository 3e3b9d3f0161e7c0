package mizan.text;

/**
 * One drawn grapheme cluster of a laid-out paragraph.
 *
 * @param text  what to draw: the cluster, shaped and mirrored as the mode asks, marks kept with their base
 * @param width columns it takes, 1 or 2
 * @param start first code point (paragraph offset) of the logical cluster it shows
 * @param end   code point after it
 */
public record Cell(String text, int width, int start, int end) {
}
