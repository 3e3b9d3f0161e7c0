package mizan.tui;

import mizan.model.Span;
import mizan.model.SpanKind;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One owner's labels of one paragraph, as the workbench holds them: stance per target, spans by
 * start then end, the boilerplate flag and the comment. Spans not yet in the store carry
 * negative ids.
 */
public record ParaLabels(Map<String, String> stance, List<Span> spans, boolean boilerplate, String comment) {

    static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end)
            .thenComparing(s -> s.kind().ordinal());

    public static final ParaLabels EMPTY = new ParaLabels(Map.of(), List.of(), false, null);

    public ParaLabels {
        stance = Map.copyOf(stance);
        spans = spans.stream().sorted(ORDER).toList();
    }

    /** The owner's span of a kind at exactly these edges (there is at most one). */
    public Optional<Span> at(SpanKind kind, int start, int end) {
        return spans.stream().filter(s -> s.kind() == kind && s.start() == start && s.end() == end).findFirst();
    }

    public Optional<Span> byId(long id) {
        return spans.stream().filter(s -> s.id() == id).findFirst();
    }

    public List<Span> entities() {
        return spans.stream().filter(s -> s.kind() == SpanKind.ENTITY).toList();
    }

    ParaLabels withStance(Map<String, String> v) {
        return new ParaLabels(v, spans, boilerplate, comment);
    }

    ParaLabels withSpans(List<Span> v) {
        return new ParaLabels(stance, v, boilerplate, comment);
    }

    ParaLabels withFlags(boolean b, String c) {
        return new ParaLabels(stance, spans, b, c);
    }
}
