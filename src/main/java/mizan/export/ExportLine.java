package mizan.export;

import java.util.List;

/**
 * One line of the master JSONL: a paragraph with one source's labels (an annotator's, or gold).
 * Span ids are local to the line ({@code e1, e2…} for entities, {@code c1…} for claims) and
 * numbered in text order, so the same labels always give the same ids whatever their database ids.
 *
 * @param annotators whose labels the line rests on, sorted
 * @param adjudicated true when a reviewer decided at least one of the line's tasks
 */
public record ExportLine(String id, String docId, int paraIndex, String text, boolean boilerplate,
                         List<Entity> entities, List<Claim> claims, List<Stance> stance,
                         List<String> annotators, boolean adjudicated) {

    /** An entity; offsets are code points into {@code text}, end-exclusive. */
    public record Entity(String id, int start, int end, String label, String text) {
    }

    /** A claim; {@code claimer} is an entity id of the same line, AUTHOR or ANONYMOUS. */
    public record Claim(String id, int start, int end, String text, boolean checkWorthy, String claimer,
                        String claimerStance) {
    }

    /** The stance toward one target. */
    public record Stance(String target, String label) {
    }

    public boolean hasLabels() {
        return boilerplate || !entities.isEmpty() || !claims.isEmpty() || !stance.isEmpty();
    }
}
