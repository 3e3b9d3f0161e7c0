package mizan.app;

import mizan.model.Annotator;
import mizan.model.FileProblem;
import mizan.model.Role;
import mizan.store.Store;
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
        description = {"Manage the project's team. Roles: annotator (labels), reviewer (also measures agreement and",
                "adjudicates), lead (also manages the team, assignments and exports). Changing the team needs",
                "the lead role; on a project with no team, the first person to act becomes its lead."},
        subcommands = {TeamCommand.Add.class, TeamCommand.ListMembers.class, TeamCommand.Remove.class,
                TeamCommand.SelfRegistration.class})
final class TeamCommand implements Runnable {

    @Spec
    CommandSpec spec;

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

        @Option(names = "--role", defaultValue = "annotator", paramLabel = "ROLE",
                description = "annotator, reviewer or lead (default: ${DEFAULT-VALUE}).")
        String role;

        @Option(names = "--key", paramLabel = "FILE", description = "Their SSH public key file (for mizan serve).")
        Path key;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role r;
            try {
                r = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), 2);
            }
            String publicKey = key == null ? null : readKey(key);
            try (Store store = common.storeOptions.open()) {
                String caller = common.user.name();
                if (store.team().count() > 0) {
                    Access.require(store, caller, Role.LEAD, "changing the team");
                } else if (!caller.equals(name)) {
                    Access.member(store, caller);
                }
                store.team().add(name, r, publicKey);
                spec.commandLine().getOut().printf("%s is on the team as %s%s%n", name, r.id(),
                        publicKey == null ? "" : ", with an SSH key");
            }
            return 0;
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
                Access.require(store, common.user.name(), Role.LEAD, "changing the team");
                if (!store.team().remove(name)) {
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
                Access.require(store, common.user.name(), Role.LEAD, "changing the team");
                store.settings().put("self_registration", String.valueOf(value.equals("on")));
                spec.commandLine().getOut().printf("self-registration is %s%n", value);
            }
            return 0;
        }
    }
}
