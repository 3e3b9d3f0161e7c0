package mizan.ssh;

import mizan.model.Role;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which {@link SessionApp} a member gets, by role. A role with no app of its own gets the app of
 * the nearest role below it, so registering an app for reviewers also serves leads.
 */
public final class SessionApps {

    private final Map<Role, SessionApp> byRole = new EnumMap<>(Role.class);

    private SessionApps(SessionApp forEveryone) {
        byRole.put(Role.ANNOTATOR, forEveryone);
    }

    /** Every role starts with {@code forEveryone} (the workbench). */
    public static SessionApps of(SessionApp forEveryone) {
        return new SessionApps(forEveryone);
    }

    /** Serves {@code app} to {@code role} and the roles above it that have none of their own. */
    public SessionApps with(Role role, SessionApp app) {
        byRole.put(role, app);
        return this;
    }

    public SessionApp forRole(Role role) {
        for (int i = role.ordinal(); i >= 0; i--) {
            SessionApp app = byRole.get(Role.values()[i]);
            if (app != null) {
                return app;
            }
        }
        throw new IllegalStateException("no session app for " + role);
    }
}
