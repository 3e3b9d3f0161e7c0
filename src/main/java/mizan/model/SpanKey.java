package mizan.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What makes two spans the same label whatever their ids: an entity is its offsets and type; a
 * claim is its offsets, attributes and claimer, a claimer entity by its own key, since span ids
 * differ from annotator to annotator and from one database to another.
 */
public final class SpanKey {

    private SpanKey() {
    }

    /** The key of {@code s}; {@code sameOwner} holds the entity a claim's claimer refers to. */
    public static Object of(Span s, List<Span> sameOwner) {
        if (s.kind() == SpanKind.ENTITY) {
            return List.of("E", s.start(), s.end(), s.label());
        }
        Object claimer = s.claimer() == null ? "AUTHOR" : s.claimer().kind().name();
        if (s.claimer() != null && s.claimer().kind() == Claimer.Kind.SPAN) {
            claimer = sameOwner.stream().filter(e -> e.id() == s.claimer().entitySpanId()).findFirst()
                    .map(e -> of(e, sameOwner)).orElse(List.of("missing"));
        }
        return List.of("C", s.start(), s.end(), String.valueOf(s.checkWorthy()), claimer,
                Objects.toString(s.claimerStance()));
    }

    /** The spans as a multiset of keys: equal for two lists holding the same labels. */
    public static Map<Object, Integer> multiset(List<Span> spans) {
        Map<Object, Integer> out = new HashMap<>();
        for (Span s : spans) {
            out.merge(of(s, spans), 1, Integer::sum);
        }
        return out;
    }
}
