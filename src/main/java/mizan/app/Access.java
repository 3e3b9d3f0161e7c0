package mizan.app;

import mizan.model.Annotator;
import mizan.model.Role;
import mizan.store.Store;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is running a command and what their role allows. The caller is {@code --user}, else
 * $MIZAN_USER, else the login name. This is a check for honest people sharing a project: with OS
 * accounts the database file's permissions are the real boundary (see the README), and over
 * {@code mizan serve} the SSH key decides the name.
 */
final class Access {

    private Access() {
    }

    static String caller(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit.strip();
        }
        String env = System.getenv("MIZAN_USER");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        String user = System.getProperty("user.name");
        return user == null ? "annotator" : user.toLowerCase(Locale.ROOT);
    }

    /**
     * The registered member {@code name}; on a project with no team yet, {@code name} becomes its
     * lead (the zero-configuration path). An unregistered name is refused, unless the project
     * allows self-registration, which registers it as an annotator.
     */
    static Annotator member(Store store, String name) {
        Optional<Annotator> found = store.team().find(name);
        if (found.isPresent()) {
            return found.get();
        }
        if (store.team().count() == 0) {
            store.team().add(name, Role.LEAD, null);
            return store.team().find(name).orElseThrow();
        }
        if (store.settings().selfRegistration()) {
            store.team().add(name, Role.ANNOTATOR, null);
            return store.team().find(name).orElseThrow();
        }
        String db = StoreOptions.dbOption(store.path());
        throw new UserException("'" + name + "' is not on this project's team. A lead can add you with:\n"
                + "  mizan team add " + (Annotator.isValidName(name) ? name : "NAME") + " --role annotator " + db
                + "\n(or allow self-registration: mizan team self-registration on " + db + ")", 3);
    }

    /** The caller as a member whose role has {@code right}; otherwise a refusal that says what is needed. */
    static Annotator require(Store store, String name, Right right) {
        if (store.team().count() == 0) {
            return new Annotator(name, Role.LEAD, null); // no team yet: no roles to enforce, nothing written
        }
        Annotator a = member(store, name);
        if (!right.allows(a.role())) {
            Role role = right.least();
            throw new UserException(name + " is " + article(a.role()) + " " + a.role().id() + "; " + right.doing()
                    + " needs the " + role.id() + " role (a lead can change it: mizan team add " + name + " --role "
                    + role.id() + " " + StoreOptions.dbOption(store.path()) + ")", 3);
        }
        return a;
    }

    private static String article(Role r) {
        return r == Role.ANNOTATOR ? "an" : "a";
    }
}
