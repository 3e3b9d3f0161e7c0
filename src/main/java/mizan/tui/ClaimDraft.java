package mizan.tui;

import mizan.model.ClaimerRef;

/**
 * A claim being described, or an existing claim being changed: its range and the answers so far.
 *
 * @param checkWorthy null until answered (when editing, the claim's current value)
 * @param claimer     null until answered (when editing, the claim's current claimer)
 * @param editing     a claim already stands on this range: the answers change it
 * @param pick        the highlighted row of the claimer picker: 0 AUTHOR, 1 ANONYMOUS, 2… the entities
 * @param digits      an entity's number being typed in the picker
 */
public record ClaimDraft(int start, int end, Boolean checkWorthy, ClaimerRef claimer, String claimerStance,
                         boolean editing, int pick, String digits) {

    ClaimDraft worthy(boolean v) {
        return new ClaimDraft(start, end, v, claimer, claimerStance, editing, pick, "");
    }

    ClaimDraft by(ClaimerRef v) {
        return new ClaimDraft(start, end, checkWorthy, v, claimerStance, editing, pick, "");
    }

    ClaimDraft picking(int row, String typed) {
        return new ClaimDraft(start, end, checkWorthy, claimer, claimerStance, editing, row, typed);
    }
}
