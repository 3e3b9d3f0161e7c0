package mizan.model;

/**
 * An imported document. Its id is derived from the hash of its normalised text, so the same
 * content imported twice, in whatever encoding or under whatever file name, is one document.
 */
public record Document(String id, String title, String source, String encoding, String metaJson,
                       int paragraphCount) {
}
