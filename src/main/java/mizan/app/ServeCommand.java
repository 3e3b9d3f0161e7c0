package mizan.app;

import mizan.model.Annotator;
import mizan.model.FileProblem;
import mizan.ssh.AnnotateApp;
import mizan.ssh.HostKey;
import mizan.ssh.ServeLog;
import mizan.ssh.ServeSettings;
import mizan.ssh.SessionApps;
import mizan.ssh.WorkbenchServer;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code mizan serve}: the workbench for every annotator, over SSH, without OS accounts or shells. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the workbench over SSH: each connection gets its own workbench session and nothing else"
                + " (no shell, no commands, no file transfer, no forwarding). The SSH user name is the team member;"
                + " only public-key logins with a key registered by 'mizan team add NAME --key FILE' are accepted.",
                "",
                "The host key is made on first start and kept in " + HostKey.FILE_NAME + " beside the database"
                        + " (mode 0600). Logins, refusals and failures are logged to mizan-serve.log beside the"
                        + " database and to standard error. Stop the server with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "2222", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--idle-timeout", defaultValue = "30", paramLabel = "MINUTES",
            description = "Close a session after this many minutes without a key press (default: ${DEFAULT-VALUE}).")
    long idleMinutes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ServeSettings settings;
        try {
            settings = ServeSettings.of(storeOptions.path().toAbsolutePath(), bind, port, Duration.ofMinutes(idleMinutes));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        long withKeys;
        try (Store store = storeOptions.open()) {
            AnnotateCommand.importSeedsIfEmpty(store, out);
            withKeys = store.team().list().stream().map(Annotator::publicKey).filter(k -> k != null && !k.isBlank()).count();
        }
        try {
            ServeLog.to(settings.log());
        } catch (IOException e) {
            throw new UserException(settings.log() + ": cannot write the server's log: " + FileProblem.why(e));
        }
        // Annotators label; reviewers and leads adjudicate (or label, with SetEnv=MIZAN_APP=annotate).
        AnnotateApp annotate = new AnnotateApp(mizan.text.BidiLayout.Mode.APP);
        SessionApps apps = SessionApps.of(annotate)
                .with(Right.ADJUDICATE.least(), new mizan.ssh.ReviewApp(annotate, mizan.text.BidiLayout.Mode.APP));
        WorkbenchServer server;
        try {
            server = WorkbenchServer.start(settings, apps);
        } catch (IOException e) {
            // the server words its own failures (which address and port, what to do)
            throw new UserException(e.getMessage() != null && e.getMessage().startsWith("cannot listen")
                    ? e.getMessage() : FileProblem.describe(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }, "mizan-serve-stop"));
        printBanner(out, settings, server, withKeys);
        stopped.await();
        return 0;
    }

    private static void printBanner(PrintWriter out, ServeSettings s, WorkbenchServer server, long withKeys) {
        String host = s.bind().equals("0.0.0.0") || s.bind().equals("::") ? hostName() : s.bind();
        out.printf("mizan serve: listening on %s:%d for %s%n", s.bind(), server.port(), s.db());
        out.printf("host key %s (%s)%n", server.fingerprint(), s.hostKey());
        out.printf("an annotator connects with: ssh -p %d NAME@%s   (e.g. ssh -p %d alice@%s)%n",
                server.port(), host, server.port(), host);
        if (withKeys == 0) {
            out.println("no team member has an SSH key yet; add one with: mizan team add alice --key alice.pub "
                    + StoreOptions.dbOption(s.db()));
        }
        out.printf("log: %s; idle sessions close after %d min; Ctrl-C stops the server%n", s.log(),
                s.idleTimeout().toMinutes());
        out.flush();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "HOST";
        }
    }
}
