package mizan.tui;

/** A paragraph in memory with the owner's labels as the annotator intends them. */
public record Para(ParagraphData data, ParaLabels labels) {

    public String id() {
        return data.id();
    }

    public mizan.model.Paragraph paragraph() {
        return data.paragraph();
    }

    public String text() {
        return data.text();
    }

    Para withLabels(ParaLabels v) {
        return new Para(data, v);
    }
}
