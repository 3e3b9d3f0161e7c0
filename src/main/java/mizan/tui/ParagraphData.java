package mizan.tui;

import mizan.model.Paragraph;
import mizan.model.Version;

import java.util.List;

/**
 * A paragraph as the workbench shows it, apart from its labels: the text, its document and its
 * neighbours for context. Loaded by the runtime; never changes while the session runs.
 *
 * @param docTitle       the document's title
 * @param docParagraphs  paragraphs in the document
 * @param previous       text of the paragraph before it in the document, or null
 * @param next           text of the paragraph after it, or null
 * @param versions       when adjudicating, every annotator's labels of the paragraph (else empty)
 */
public record ParagraphData(Paragraph paragraph, String docTitle, int docParagraphs, String previous, String next,
                            List<Version> versions) {

    public String id() {
        return paragraph.id();
    }

    public String text() {
        return paragraph.text();
    }
}
