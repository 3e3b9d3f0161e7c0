package mizan.model;

/**
 * One paragraph of a document. {@code text} is NFC and never changes once stored: every span
 * offset in the project is a code-point offset into it.
 *
 * @param boilerplate flagged by the import rules (comment policy, share prompts, tag lines...)
 * @param boilerplateRule the name of the rule that flagged it, or null
 */
public record Paragraph(String id, String docId, int index, String text, boolean boilerplate,
                        String boilerplateRule) {

    /** Paragraph ids are stable and readable: the document id and the 0-based index. */
    public static String idOf(String docId, int index) {
        return docId + "-" + index;
    }
}
