package mizan.app;

import mizan.model.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * What each role may do: the one table every role check asks ({@link Access#require}), printed by
 * {@code mizan team --help} and pasted into the README. A role has the rights of the roles before it.
 */
enum Right {
    LABEL(Role.ANNOTATOR, "label, export and audit their own work", "labeling"),
    SEE_OTHERS(Role.REVIEWER, "see others' labels: agreement, audit trail", "seeing other people's labels and actions"),
    ADJUDICATE(Role.REVIEWER, "adjudicate disagreements into gold", "adjudicating"),
    EXPORT_ALL(Role.REVIEWER, "export gold and every annotator's labels", "exporting gold or other annotators' labels"),
    MANAGE_TEAM(Role.LEAD, "change the team: members, roles, SSH keys", "changing the team"),
    ASSIGN(Role.LEAD, "assign documents to annotators", "assigning documents"),
    CHANGE_SCHEME(Role.LEAD, "change the label scheme, relabel work", "changing the label scheme or relabeling work"),
    IMPORT_ANNOTATIONS(Role.LEAD, "import annotations under a member's name", "importing annotations");

    private final Role least;
    private final String what;
    private final String doing;

    Right(Role least, String what, String doing) {
        this.least = least;
        this.what = what;
        this.doing = doing;
    }

    /** The least role that has this right. */
    Role least() {
        return least;
    }

    boolean allows(Role role) {
        return role.atLeast(least);
    }

    /** The right as the subject of a refusal: "adjudicating needs the reviewer role". */
    String doing() {
        return doing;
    }

    /** Every right by role, as a Markdown table that also reads as plain text in a terminal. */
    static List<String> table() {
        int width = "right".length();
        for (Right r : values()) {
            width = Math.max(width, r.what.length());
        }
        List<String> rows = new ArrayList<>();
        StringBuilder head = new StringBuilder("| " + pad("right", width));
        StringBuilder rule = new StringBuilder("| " + "-".repeat(width));
        for (Role role : Role.values()) {
            head.append(" | ").append(role.id());
            rule.append(" | ").append("-".repeat(role.id().length()));
        }
        rows.add(head.append(" |").toString());
        rows.add(rule.append(" |").toString());
        for (Right r : values()) {
            StringBuilder row = new StringBuilder("| " + pad(r.what, width));
            for (Role role : Role.values()) {
                row.append(" | ").append(pad(r.allows(role) ? "yes" : "no", role.id().length()));
            }
            rows.add(row.append(" |").toString());
        }
        return rows;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
