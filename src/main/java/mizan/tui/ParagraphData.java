package mizan.tui;

import mizan.model.Paragraph;
import mizan.model.Span;

import java.util.List;
import java.util.Map;

/**
 * A paragraph as the workbench shows it, with the annotator's own labels (never anyone else's)
 * and its neighbours for context. Loaded by the runtime, held by the state.
 *
 * @param docTitle       the document's title
 * @param docParagraphs  paragraphs in the document (for "¶ k/n")
 * @param previous       text of the paragraph before it in the document, or null
 * @param next           text of the paragraph after it, or null
 * @param finished       stance for every target, or flagged as boilerplate/skip
 * @param versions       when adjudicating, every annotator's labels of the paragraph (else empty)
 */
public record ParagraphData(Paragraph paragraph, String docTitle, int docParagraphs, String previous, String next,
                            Map<String, String> stance, List<Span> spans, boolean boilerplate, String comment,
                            boolean finished, List<mizan.model.Version> versions) {

    public String id() {
        return paragraph.id();
    }

    public String text() {
        return paragraph.text();
    }
}
