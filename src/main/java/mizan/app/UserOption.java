package mizan.app;

import picocli.CommandLine.Option;

/** The {@code --user} option of commands that check a role: who is acting. */
public final class UserOption {

    @Option(names = "--user", paramLabel = "NAME", description = "Act as NAME (default: $MIZAN_USER or the login name).")
    String user;

    /** The caller: --user, else $MIZAN_USER, else the login name. */
    String name() {
        return Access.caller(user);
    }
}
