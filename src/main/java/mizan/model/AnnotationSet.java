package mizan.model;

import java.util.List;
import java.util.Map;

/**
 * One annotator's labels on one paragraph: stance per target, entity and claim spans, and
 * whether they flagged the paragraph as boilerplate. Comments are left out: they are notes
 * between team members, not training data.
 */
public record AnnotationSet(Map<String, String> stance, List<Span> spans, boolean boilerplate) {

    public boolean isEmpty() {
        return stance.isEmpty() && spans.isEmpty() && !boilerplate;
    }
}
