package mizan.tui;

import mizan.model.Claimer;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.tui.State.ClaimDraft;
import mizan.tui.State.Mode;
import mizan.tui.Update.Result;

import java.util.List;
import java.util.Locale;

/** The three questions that turn a selection into a claim: check-worthy, claimer, claimer's stance. */
final class ClaimFlow {

    private ClaimFlow() {
    }

    /** Entity spans of the paragraph a claimer can be picked from, numbered 1..9 on screen. */
    static List<Span> claimerChoices(State s) {
        return s.para().spans().stream().filter(sp -> sp.kind() == SpanKind.ENTITY).limit(9).toList();
    }

    /** The key that picks a claimer stance: its first letter, lower case (a AFFIRM, r REFUTE). */
    static String stanceKey(String stance) {
        return stance.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    static Result key(State s, Key key) {
        String k = key.name();
        if (k.equals("Esc") || k.equals("C-c")) {
            return Result.of(Normal.clearSelection(s).withMode(Mode.NORMAL).withClaim(null)
                    .withMessage("claim cancelled").withError(false));
        }
        ClaimDraft d = s.claim();
        switch (s.mode()) {
            case CLAIM_WORTHY -> {
                if (k.equals("y") || k.equals("n")) {
                    return Result.of(s.withClaim(new ClaimDraft(d.start(), d.end(), k.equals("y"), null))
                            .withMode(Mode.CLAIM_CLAIMER));
                }
            }
            case CLAIM_CLAIMER -> {
                Claimer c = null;
                if (k.equals("a")) {
                    c = Claimer.AUTHOR;
                } else if (k.equals("n")) {
                    c = Claimer.ANONYMOUS;
                } else if (k.length() == 1 && k.charAt(0) >= '1' && k.charAt(0) <= '9') {
                    List<Span> choices = claimerChoices(s);
                    int i = k.charAt(0) - '1';
                    if (i < choices.size()) {
                        c = Claimer.span(choices.get(i).id());
                    }
                }
                if (c != null) {
                    return Result.of(s.withClaim(new ClaimDraft(d.start(), d.end(), d.checkWorthy(), c))
                            .withMode(Mode.CLAIM_STANCE));
                }
            }
            case CLAIM_STANCE -> {
                for (String st : s.scheme().claimerStances()) {
                    if (k.equals(stanceKey(st))) {
                        Span claim = Span.claim(0, s.para().id(), s.annotator(), d.start(), d.end(), d.checkWorthy(),
                                d.claimer(), st);
                        State n = Normal.clearSelection(s).withMode(Mode.NORMAL).withClaim(null);
                        return Normal.write(n, new Effect.AddSpan(claim));
                    }
                }
            }
            default -> {
            }
        }
        return Result.of(s);
    }
}
