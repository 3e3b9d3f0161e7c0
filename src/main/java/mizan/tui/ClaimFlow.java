package mizan.tui;

import mizan.model.ClaimerRef;
import mizan.model.Span;
import mizan.model.SpanKind;
import mizan.model.SpanRules;
import mizan.text.SpanEdges;
import mizan.tui.State.Mode;
import mizan.tui.State.Prompt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three questions that make a selection a claim or change an existing one: check-worthy,
 * claimer (picked from every entity of the paragraph), claimer's stance. When changing a claim,
 * Enter keeps an answer as it is.
 */
final class ClaimFlow {

    /** Picker rows before the entities: AUTHOR and ANONYMOUS. */
    static final int FIXED = 2;

    private ClaimFlow() {
    }

    /** Entities a claimer can be picked from, in reading order, numbered from 1 on screen. */
    static List<Span> claimerChoices(State s) {
        return s.para().labels().entities();
    }

    /** The key that picks a claimer stance: its first letter, lower case (a AFFIRM, r REFUTE). */
    static String stanceKey(String stance) {
        return stance.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /** {@code c}: a new claim on the selection (or the word), or the claim already standing there. */
    static State begin(State s) {
        int[] r = s.targetRange();
        if (r == null) {
            return s;
        }
        Optional<Span> there = s.para().labels().at(SpanKind.CLAIM, r[0], r[1]);
        if (there.isPresent()) {
            return editing(s, there.get());
        }
        String bad = SpanEdges.problem(s.para().text(), r[0], r[1]);
        if (bad == null) {
            bad = SpanRules.refusal(s.para().labels().spans(), Span.claim(0, s.para().id(), s.session().owner(), r[0],
                    r[1], false, mizan.model.Claimer.AUTHOR, "AFFIRM")).orElse(null);
        }
        if (bad != null) {
            return s.withStatus(State.Status.error("not a claim: " + bad));
        }
        return s.withPrompt(Prompt.of(Mode.CLAIM_WORTHY, ""))
                .withClaim(new ClaimDraft(r[0], r[1], null, null, null, false, 0, "")).info("");
    }

    /** {@code e}: change the smallest claim under the cursor. */
    static State edit(State s) {
        int[] r = s.targetRange();
        if (r == null) {
            return s;
        }
        return Update.spansAt(s, r[0], r[1]).stream().filter(sp -> sp.kind() == SpanKind.CLAIM).findFirst()
                .map(c -> editing(s, c)).orElseGet(() -> s.info("no claim under the cursor"));
    }

    private static State editing(State s, Span claim) {
        ClaimerRef ref = Change.refOf(s.para().labels(), claim);
        ClaimDraft d = new ClaimDraft(claim.start(), claim.end(), claim.checkWorthy(), ref, claim.claimerStance(), true,
                rowOf(s, ref), "");
        return s.withPrompt(Prompt.of(Mode.CLAIM_WORTHY, "")).withClaim(d).info("changing the claim "
                + Update.quote(s.para().text(), claim.start(), claim.end()));
    }

    private static int rowOf(State s, ClaimerRef ref) {
        if (ref.isEntity()) {
            List<Span> es = claimerChoices(s);
            for (int i = 0; i < es.size(); i++) {
                if (es.get(i).start() == ref.start() && es.get(i).end() == ref.end()) {
                    return FIXED + i;
                }
            }
        }
        return ref.kind() == mizan.model.Claimer.Kind.ANONYMOUS ? 1 : 0;
    }

    static State key(State s, Key key, List<Effect> out) {
        String k = key.name();
        if (k.equals("Esc") || k.equals("C-c")) {
            return Normal.unselect(s).withPrompt(Prompt.NORMAL).withClaim(null)
                    .info(s.claim().editing() ? "claim left as it was" : "claim cancelled");
        }
        ClaimDraft d = s.claim();
        switch (s.mode()) {
            case CLAIM_WORTHY -> {
                if (k.equals("y") || k.equals("n")) {
                    return s.withClaim(d.worthy(k.equals("y"))).withPrompt(Prompt.of(Mode.CLAIM_CLAIMER, ""));
                }
                if (k.equals("Enter") && d.checkWorthy() != null) {
                    return s.withPrompt(Prompt.of(Mode.CLAIM_CLAIMER, ""));
                }
            }
            case CLAIM_CLAIMER -> {
                return claimer(s, d, k);
            }
            case CLAIM_STANCE -> {
                for (String st : s.scheme().claimerStances()) {
                    if (k.equals(stanceKey(st))) {
                        return save(s, d, st, out);
                    }
                }
                if (k.equals("Enter") && d.claimerStance() != null) {
                    return save(s, d, d.claimerStance(), out);
                }
            }
            default -> {
            }
        }
        return s;
    }

    /** The picker: a AUTHOR, n ANONYMOUS, ↑↓ and Enter, or an entity's number. */
    private static State claimer(State s, ClaimDraft d, String k) {
        List<Span> es = claimerChoices(s);
        int rows = FIXED + es.size();
        switch (k) {
            case "a" -> {
                return chosen(s, d, ClaimerRef.AUTHOR);
            }
            case "n" -> {
                return chosen(s, d, ClaimerRef.ANONYMOUS);
            }
            case "Up" -> {
                return s.withClaim(d.picking((d.pick() + rows - 1) % rows, ""));
            }
            case "Down" -> {
                return s.withClaim(d.picking((d.pick() + 1) % rows, ""));
            }
            case "PgDn" -> {
                return s.withClaim(d.picking(Math.min(rows - 1, d.pick() + 8), ""));
            }
            case "PgUp" -> {
                return s.withClaim(d.picking(Math.max(0, d.pick() - 8), ""));
            }
            case "Backspace" -> {
                String t = d.digits().isEmpty() ? "" : d.digits().substring(0, d.digits().length() - 1);
                return s.withClaim(d.picking(d.pick(), t));
            }
            case "Enter" -> {
                if (!d.digits().isEmpty()) {
                    return byNumber(s, d, Integer.parseInt(d.digits()), es);
                }
                int row = d.pick();
                return chosen(s, d, row == 0 ? ClaimerRef.AUTHOR : row == 1 ? ClaimerRef.ANONYMOUS
                        : ClaimerRef.entity(es.get(row - FIXED).start(), es.get(row - FIXED).end()));
            }
            default -> {
            }
        }
        if (k.length() == 1 && Character.isDigit(k.charAt(0)) && k.charAt(0) < '\u0080') {
            String typed = d.digits() + k;
            int n = Integer.parseInt(typed);
            if (n == 0 || n > es.size()) {
                return s.withClaim(d.picking(d.pick(), "")).info("no entity " + typed + " in this paragraph");
            }
            if (n * 10 > es.size()) {
                return byNumber(s, d, n, es); // no longer number starts this way: take it now
            }
            return s.withClaim(d.picking(FIXED + n - 1, typed));
        }
        return s;
    }

    private static State byNumber(State s, ClaimDraft d, int n, List<Span> es) {
        if (n < 1 || n > es.size()) {
            return s.withClaim(d.picking(d.pick(), "")).info("no entity " + n + " in this paragraph");
        }
        Span e = es.get(n - 1);
        return chosen(s, d, ClaimerRef.entity(e.start(), e.end()));
    }

    private static State chosen(State s, ClaimDraft d, ClaimerRef c) {
        return s.withClaim(d.by(c)).withPrompt(Prompt.of(Mode.CLAIM_STANCE, ""));
    }

    private static State save(State s, ClaimDraft d, String stance, List<Effect> out) {
        State n = Normal.unselect(s).withPrompt(Prompt.NORMAL).withClaim(null);
        String who = switch (d.claimer().kind()) {
            case AUTHOR -> "AUTHOR";
            case ANONYMOUS -> "ANONYMOUS";
            case SPAN -> Update.quote(s.para().text(), d.claimer().start(), d.claimer().end());
        };
        String what = (d.editing() ? "claim changed: " : "claim ") + (d.checkWorthy() ? "check-worthy, " : "")
                + "by " + who + " " + stance;
        return Update.write(n, new Change.SetClaim(s.para().id(), d.start(), d.end(), d.checkWorthy(), d.claimer(),
                stance), what, out);
    }
}
