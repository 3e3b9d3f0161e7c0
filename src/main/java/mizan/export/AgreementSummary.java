package mizan.export;

import java.util.List;

/**
 * Agreement figures for the dataset card, supplied by whoever runs the export. The figures are
 * computed over every annotator's labels, whatever source the export writes.
 */
public interface AgreementSummary {

    /** One figure: the task, what was measured, its value (NaN when nothing could be compared), and over what. */
    record Figure(String task, String measure, double value, String basis) {
    }

    /** Names the method, for the card ("simple percent agreement", "Krippendorff's alpha"...). */
    String method();

    List<Figure> figures();

    /** Shown to every paragraph as the export streams past, before any line is written. */
    void observe(mizan.model.LabeledParagraph paragraph);
}
