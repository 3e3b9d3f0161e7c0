package mizan.text;

/**
 * Text decoded from a file's bytes, with the name of the charset it was read in.
 *
 * @param text    the decoded text: BOM stripped, line ends folded to LF, not yet NFC-normalised
 * @param charset the Java/IANA name of the charset that decoded it, e.g. {@code UTF-8}, {@code windows-1256}
 */
public record Decoded(String text, String charset) {
}
