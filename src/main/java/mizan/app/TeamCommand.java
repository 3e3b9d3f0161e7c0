package mizan.app;

import mizan.model.Annotator;
import mizan.model.FileProblem;
import mizan.model.Role;
import mizan.store.Store;
import mizan.store.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mizan team}: who works on the project, in which role, with which SSH key. */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Manage the project's team. Changing the team needs the lead role; on a project with no"
                + " team, the first person to act becomes its lead, and the team always keeps a lead.",
        footerHeading = "%nWhat each role may do:%n",
        subcommands = {TeamCommand.Add.class, TeamCommand.ListMembers.class, TeamCommand.Remove.class,
                TeamCommand.SelfRegistration.class})
final class TeamCommand implements Runnable {

    CommandSpec spec;

    /** The footer is the rights table itself, so that the help cannot drift from the checks. */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.usageMessage().footer(Right.table().toArray(String[]::new));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every team subcommand shares. */
    static final class Common {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        UserOption user;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a member, or change their role or key (labels are kept).")
    static final class Add implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "NAME", description = "Lower-case login-style name.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE",
                description = "annotator, reviewer or lead (default: a member keeps their role, a new one is an annotator).")
        String role;

        @Option(names = "--key", paramLabel = "FILE", description = "Their SSH public key file (for mizan serve).")
        Path key;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role r = role == null ? null : parseRole(role);
            String publicKey = key == null ? null : readKey(key);
            try (Store store = common.storeOptions.open()) {
                String caller = common.user.name();
                if (store.team().count() == 0) {
                    Access.member(store, caller); // the first to act leads, so the team starts with its lead
                }
                Access.require(store, caller, Right.MANAGE_TEAM);
                Annotator a = keepingALead(store, () -> store.team().add(name, r, publicKey));
                spec.commandLine().getOut().printf("%s is on the team as %s%s%n", a.name(), a.role().id(),
                        publicKey == null ? "" : ", with an SSH key");
            }
            return 0;
        }
    }

    private static Role parseRole(String role) {
        try {
            return Role.parse(role);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
    }

    /** Runs a change of the team; one that would leave it without a lead is refused, naming who could lead. */
    static <T> T keepingALead(Store store, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (Team.LastLead e) {
            String db = StoreOptions.dbOption(store.path());
            String who = e.others().isEmpty() ? "NAME" : e.others().get(0);
            throw new UserException(e.lead() + " is the team's only lead, and a team without a lead cannot be changed"
                    + " again; make someone else lead first: mizan team add " + who + " --role lead " + db
                    + (e.others().isEmpty() ? " (nobody else is on the team yet)"
                    : " (" + (e.others().size() == 1 ? "the other member: " : "other members: ")
                    + String.join(", ", e.others()) + ")"), 3);
        }
    }

    static String readKey(Path key) {
        String text;
        try {
            text = Files.readString(key).strip();
        } catch (IOException e) {
            throw new UserException(key + ": cannot read the key file: " + FileProblem.why(e), 2);
        }
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && !l.matches("(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-\\S+) \\S+.*")) {
                throw new UserException(key + ": not an OpenSSH public key line: " + (l.length() > 40 ? l.substring(0, 40) + "…" : l), 2);
            }
        }
        if (text.isEmpty()) {
            throw new UserException(key + ": the key file is empty", 2);
        }
        return text;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the team.")
    static final class ListMembers implements Callable<Integer> {
        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = common.storeOptions.open()) {
                var out = spec.commandLine().getOut();
                out.printf("%-20s %-10s %s%n", "name", "role", "ssh key");
                for (Annotator a : store.team().list()) {
                    out.printf("%-20s %-10s %s%n", a.name(), a.role().id(), a.publicKey() == null ? "-"
                            : a.publicKey().lines().count() + " key(s)");
                }
                out.printf("self-registration: %s%n", store.settings().selfRegistration() ? "on" : "off");
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a member from the team; their labels stay in the project.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = common.storeOptions.open()) {
                Access.require(store, common.user.name(), Right.MANAGE_TEAM);
                if (!keepingALead(store, () -> store.team().remove(name))) {
                    throw new UserException("'" + name + "' is not on the team", 2);
                }
                spec.commandLine().getOut().printf("%s removed from the team; their labels stay%n", name);
            }
            return 0;
        }
    }

    @Command(name = "self-registration", mixinStandardHelpOptions = true,
            description = "Allow (on) or refuse (off) unregistered people joining as annotators when they first label.")
    static final class SelfRegistration implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "on|off")
        String value;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!value.equals("on") && !value.equals("off")) {
                throw new UserException("self-registration takes on or off, not '" + value + "'", 2);
            }
            try (Store store = common.storeOptions.open()) {
                Access.require(store, common.user.name(), Right.MANAGE_TEAM);
                store.settings().put("self_registration", String.valueOf(value.equals("on")));
                spec.commandLine().getOut().printf("self-registration is %s%n", value);
            }
            return 0;
        }
    }
}
