package mizan.model;

import java.util.List;
import java.util.Optional;

/**
 * What one owner's spans of a paragraph may look like together. Entities: at most one per pair of
 * edges (another type on the same edges is a type change, not a second entity), and two entities
 * either nest or stay apart, never cross, so the entities read as a tree. Claims: at most one
 * per pair of edges; they may overlap or cross anything, since claims are sentences and clauses.
 */
public final class SpanRules {

    private SpanRules() {
    }

    /**
     * Why {@code candidate} may not join {@code sameOwner} (the owner's other spans of that
     * paragraph, without the span it replaces), or empty when it may.
     */
    public static Optional<String> refusal(List<Span> sameOwner, Span candidate) {
        for (Span other : sameOwner) {
            if (other.kind() != candidate.kind()) {
                continue;
            }
            boolean sameEdges = other.start() == candidate.start() && other.end() == candidate.end();
            if (candidate.kind() == SpanKind.CLAIM) {
                if (sameEdges) {
                    return Optional.of("there is already a claim there");
                }
            } else if (sameEdges) {
                return Optional.of("already tagged " + other.label() + " there");
            } else if (crosses(other, candidate)) {
                return Optional.of("it would cross the " + other.label() + " span at " + other.start() + "–"
                        + other.end());
            }
        }
        return Optional.empty();
    }

    /** Overlapping without one containing the other. */
    static boolean crosses(Span a, Span b) {
        return a.overlaps(b.start(), b.end()) && !contains(a, b) && !contains(b, a);
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
