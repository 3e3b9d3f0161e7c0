package mizan.export;

import mizan.model.Claimer;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.model.SpanKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one set of labels on a paragraph into an {@link ExportLine}: spans in text order with
 * line-local ids, claimers as entity ids, span texts sliced in code points, stance in the
 * scheme's target order. Nothing here depends on database ids, so equal labels give equal lines.
 */
final class LineBuilder {

    static final Comparator<Span> TEXT_ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(s -> s.label() == null ? "" : s.label())
            .thenComparing(s -> String.valueOf(s.checkWorthy()))
            .thenComparing(s -> s.claimer() == null ? "" : s.claimer().kind().name())
            .thenComparing(s -> String.valueOf(s.claimerStance()));

    private final List<String> targetOrder;

    LineBuilder(List<String> targetOrder) {
        this.targetOrder = targetOrder;
    }

    ExportLine build(Paragraph p, Map<String, String> stance, List<Span> spans, boolean boilerplate,
                     List<String> annotators, boolean adjudicated) {
        String text = p.text();
        int[] cpStarts = CodePoints.starts(text);
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(TEXT_ORDER);
        Map<Long, String> entityIds = new HashMap<>();
        List<ExportLine.Entity> entities = new ArrayList<>();
        List<Span> claimSpans = new ArrayList<>();
        for (Span s : sorted) {
            if (s.kind() == SpanKind.ENTITY) {
                String id = "e" + (entities.size() + 1);
                entityIds.put(s.id(), id);
                entities.add(new ExportLine.Entity(id, s.start(), s.end(), s.label(),
                        CodePoints.slice(text, cpStarts, s.start(), s.end())));
            } else {
                claimSpans.add(s);
            }
        }
        List<ExportLine.Claim> claims = new ArrayList<>();
        for (Span s : claimSpans) {
            String id = "c" + (claims.size() + 1);
            claims.add(new ExportLine.Claim(id, s.start(), s.end(), CodePoints.slice(text, cpStarts, s.start(), s.end()),
                    Boolean.TRUE.equals(s.checkWorthy()), claimer(p, id, s, entityIds), s.claimerStance()));
        }
        List<ExportLine.Stance> stances = new ArrayList<>();
        stance.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> rank(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> stances.add(new ExportLine.Stance(e.getKey(), e.getValue())));
        return new ExportLine(p.id(), p.docId(), p.index(), text, boilerplate || p.boilerplate(),
                List.copyOf(entities), List.copyOf(claims), List.copyOf(stances), List.copyOf(annotators), adjudicated);
    }

    private static String claimer(Paragraph p, String claimId, Span claim, Map<Long, String> entityIds) {
        Claimer c = claim.claimer();
        if (c == null) {
            return Claimer.Kind.AUTHOR.name();
        }
        if (c.kind() != Claimer.Kind.SPAN) {
            return c.kind().name();
        }
        String id = entityIds.get(c.entitySpanId());
        if (id == null) {
            throw new ExportException("paragraph " + p.id() + ", claim " + claimId + " [" + claim.start() + ", "
                    + claim.end() + "): its claimer is entity span " + c.entitySpanId()
                    + ", which is not among the paragraph's exported entities; fix the claim in the workbench");
        }
        return id;
    }

    private int rank(String target) {
        int i = targetOrder.indexOf(target);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
