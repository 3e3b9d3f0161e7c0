package mizan.model;

/** One annotator's stance for one (paragraph, target). */
public record StanceLabel(String paragraphId, String annotator, String target, String label) {
}
