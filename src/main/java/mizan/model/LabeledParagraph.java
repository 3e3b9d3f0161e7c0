package mizan.model;

import java.util.Map;
import java.util.Set;

/**
 * A paragraph with every annotator's labels on it, as exports read them.
 *
 * @param byAnnotator labels per annotator name, sorted by name; {@link Annotator#GOLD} among them
 *                    when a reviewer adjudicated something
 * @param adjudicated the tasks ("stance", "entities", "claims") the gold table records as decided
 */
public record LabeledParagraph(Paragraph paragraph, Map<String, AnnotationSet> byAnnotator, Set<String> adjudicated) {
}
