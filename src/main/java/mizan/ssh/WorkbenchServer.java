package mizan.ssh;

import mizan.model.Annotator;
import mizan.store.Store;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;

import java.io.IOException;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The SSH server behind {@code mizan serve}. It offers exactly one thing: a session channel with a
 * terminal, running the workbench. Public-key login only, against the team's registered keys; no
 * commands, no subsystems (so no SFTP or SCP), no port, agent or X11 forwarding.
 */
public final class WorkbenchServer implements AutoCloseable {

    private final SshServer sshd;
    private final Store teamStore;
    private final ScheduledExecutorService timers;
    private final KeyPair hostKey;

    private WorkbenchServer(SshServer sshd, Store teamStore, ScheduledExecutorService timers, KeyPair hostKey) {
        this.sshd = sshd;
        this.teamStore = teamStore;
        this.timers = timers;
        this.hostKey = hostKey;
    }

    public static WorkbenchServer start(ServeSettings settings, SessionApps apps) throws IOException {
        KeyPair hostKey = HostKey.loadOrCreate(settings.hostKey());
        Store teamStore = Store.open(settings.db());
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mizan-serve-timers");
            t.setDaemon(true);
            return t;
        });
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(settings.bind());
        sshd.setPort(settings.port());
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));

        KeyAuthenticator keys = new KeyAuthenticator(name -> lookUp(teamStore, name),
                new LoginGuard(settings.maxFailures(), settings.failureWindow(), Clock.systemUTC()));
        sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        sshd.setPublickeyAuthenticator(keys);
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.addSessionListener(keys);

        sshd.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        sshd.setSubsystemFactories(List.of());
        sshd.setForwardingFilter(new NoForwarding());
        sshd.setAgentFactory(null);
        sshd.setShellFactory(channel -> new WorkbenchShell(settings, apps, timers));
        sshd.setCommandFactory((channel, command) -> Refusal.exec(channel, command));

        // Sessions watch their own keys (WorkbenchShell); this backstop ends connections that open no session at all.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, settings.idleTimeout().plusMinutes(1));
        try {
            sshd.start();
        } catch (IOException e) {
            teamStore.close();
            timers.shutdownNow();
            throw new IOException("cannot listen on " + settings.bind() + ":" + settings.port() + " ("
                    + mizan.model.FileProblem.why(e) + "); is another server using the port? Choose another with --port", e);
        }
        return new WorkbenchServer(sshd, teamStore, timers, hostKey);
    }

    /** Logins run on sshd's threads; the one lookup store is used by one of them at a time. */
    private static Optional<Annotator> lookUp(Store teamStore, String name) {
        synchronized (teamStore) {
            return teamStore.team().find(name);
        }
    }

    public int port() {
        return sshd.getPort();
    }

    public String fingerprint() {
        return HostKey.fingerprint(hostKey);
    }

    public boolean isOpen() {
        return sshd.isOpen();
    }

    @Override
    public void close() throws IOException {
        try {
            sshd.stop(true);
        } finally {
            timers.shutdownNow();
            synchronized (teamStore) {
                teamStore.close();
            }
        }
    }
}
