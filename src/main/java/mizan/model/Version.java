package mizan.model;

import java.util.List;
import java.util.Map;

/** One annotator's labels of one paragraph: what adjudication shows side by side. */
public record Version(String annotator, Map<String, String> stance, List<Span> spans) {
}
