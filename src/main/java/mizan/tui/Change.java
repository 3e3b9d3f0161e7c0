package mizan.tui;

import mizan.model.Claimer;
import mizan.model.ClaimerRef;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.model.Version;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A label change as the annotator meant it, named by what it is about (a paragraph, a target, a
 * span's edges), never by a row id the store has yet to give. The same change is applied to the
 * state at once ({@link #apply}) and run against the store afterwards, so the two agree.
 */
public sealed interface Change {

    String paragraphId();

    /** Whether a saved change of this kind counts as a label for the session's pace. */
    boolean isLabel();

    /** Sets a stance, or clears it with a null label. */
    record SetStance(String paragraphId, String target, String label) implements Change {
        public boolean isLabel() {
            return label != null;
        }
    }

    /** Tags [start, end) as an entity; an entity already there with other type changes type. */
    record TagEntity(String paragraphId, int start, int end, String type) implements Change {
        public boolean isLabel() {
            return true;
        }
    }

    record DeleteSpan(String paragraphId, SpanKind kind, int start, int end) implements Change {
        public boolean isLabel() {
            return false;
        }
    }

    /** Makes [start, end) a claim with these attributes, or changes the claim already there. */
    record SetClaim(String paragraphId, int start, int end, boolean checkWorthy, ClaimerRef claimer,
                    String claimerStance) implements Change {
        public boolean isLabel() {
            return true;
        }
    }

    record SetFlags(String paragraphId, boolean boilerplate, String comment) implements Change {
        public boolean isLabel() {
            return boilerplate;
        }
    }

    /** Adjudication: gold for the paragraph becomes a copy of one annotator's version. */
    record TakeVersion(String paragraphId, String annotator) implements Change {
        public boolean isLabel() {
            return true;
        }
    }

    /** Hands out ids for spans not yet stored: -1, -2, … */
    interface TempIds {
        long next();
    }

    /** The labels after this change, as the store will make them. */
    static ParaLabels apply(Change c, Para p, String owner, TempIds ids) {
        ParaLabels l = p.labels();
        String pid = p.id();
        if (c instanceof SetStance s) {
            Map<String, String> st = new LinkedHashMap<>(l.stance());
            if (s.label() == null) {
                st.remove(s.target());
            } else {
                st.put(s.target(), s.label());
            }
            return l.withStance(st);
        } else if (c instanceof TagEntity t) {
            Optional<Span> there = l.at(SpanKind.ENTITY, t.start(), t.end());
            if (there.isPresent()) {
                Span old = there.get();
                return l.withSpans(replace(l.spans(), old, Span.entity(old.id(), pid, owner, t.start(), t.end(),
                        t.type())));
            }
            return l.withSpans(plus(l.spans(), Span.entity(ids.next(), pid, owner, t.start(), t.end(), t.type())));
        } else if (c instanceof DeleteSpan d) {
            return l.at(d.kind(), d.start(), d.end()).map(sp -> l.withSpans(l.spans().stream()
                    .filter(x -> x != sp).toList())).orElse(l);
        } else if (c instanceof SetClaim sc) {
            Claimer claimer = resolve(l, sc.claimer());
            if (claimer == null) {
                return l;
            }
            Optional<Span> there = l.at(SpanKind.CLAIM, sc.start(), sc.end());
            long id = there.map(Span::id).orElseGet(ids::next);
            Span claim = Span.claim(id, pid, owner, sc.start(), sc.end(), sc.checkWorthy(), claimer,
                    sc.claimerStance());
            return l.withSpans(there.map(old -> replace(l.spans(), old, claim)).orElseGet(() -> plus(l.spans(), claim)));
        } else if (c instanceof SetFlags f) {
            return l.withFlags(f.boilerplate(), f.comment() == null || f.comment().isBlank() ? null : f.comment());
        } else if (c instanceof TakeVersion t) {
            return p.data().versions().stream().filter(v -> v.annotator().equals(t.annotator())).findFirst()
                    .map(v -> copy(v, pid, owner, ids, l)).orElse(l);
        }
        throw new IllegalArgumentException("unknown change " + c);
    }

    /** The claimer a reference names in these labels, or null when its entity is not there. */
    static Claimer resolve(ParaLabels l, ClaimerRef ref) {
        return switch (ref.kind()) {
            case AUTHOR -> Claimer.AUTHOR;
            case ANONYMOUS -> Claimer.ANONYMOUS;
            case SPAN -> l.at(SpanKind.ENTITY, ref.start(), ref.end()).map(e -> Claimer.span(e.id())).orElse(null);
        };
    }

    /** The reference to a stored claim's claimer, by the edges of its entity. */
    static ClaimerRef refOf(ParaLabels l, Span claim) {
        Claimer c = claim.claimer();
        if (c == null || c.kind() == Claimer.Kind.AUTHOR) {
            return ClaimerRef.AUTHOR;
        }
        if (c.kind() == Claimer.Kind.ANONYMOUS) {
            return ClaimerRef.ANONYMOUS;
        }
        return l.byId(c.entitySpanId()).map(e -> ClaimerRef.entity(e.start(), e.end())).orElse(ClaimerRef.AUTHOR);
    }

    private static ParaLabels copy(Version v, String pid, String owner, TempIds ids, ParaLabels l) {
        Map<Long, Long> newIds = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        for (Span s : v.spans()) {
            if (s.kind() == SpanKind.ENTITY) {
                long id = ids.next();
                newIds.put(s.id(), id);
                spans.add(Span.entity(id, pid, owner, s.start(), s.end(), s.label()));
            }
        }
        for (Span s : v.spans()) {
            if (s.kind() == SpanKind.CLAIM) {
                Claimer c = s.claimer();
                if (c != null && c.kind() == Claimer.Kind.SPAN) {
                    c = Claimer.span(newIds.getOrDefault(c.entitySpanId(), 0L));
                }
                spans.add(new Span(ids.next(), pid, owner, SpanKind.CLAIM, s.start(), s.end(), null, s.checkWorthy(), c,
                        s.claimerStance()));
            }
        }
        return new ParaLabels(v.stance(), spans, l.boilerplate(), l.comment());
    }

    private static List<Span> plus(List<Span> spans, Span s) {
        List<Span> out = new ArrayList<>(spans);
        out.add(s);
        return out;
    }

    private static List<Span> replace(List<Span> spans, Span old, Span now) {
        return spans.stream().map(x -> x == old ? now : x).toList();
    }
}
