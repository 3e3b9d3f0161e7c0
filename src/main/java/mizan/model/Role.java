package mizan.model;

import java.util.Locale;

/** What a team member may do. Each role includes the rights of the ones before it. */
public enum Role {
    ANNOTATOR, REVIEWER, LEAD;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(s.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "' (expected annotator, reviewer or lead)");
    }
}
