package mizan.ssh;

import mizan.model.Annotator;
import mizan.store.Store;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One annotator's session: a thread of its own that opens its own {@link Store}, runs the app for
 * the member's role on a {@link ChannelTerminal}, and closes both when the app ends — on quit, on a
 * dropped connection (the input ends), on the idle timeout, or on a failure, which is logged and
 * ends this channel only.
 */
final class WorkbenchShell extends ChannelCommand {

    private static final Logger LOG = Logger.getLogger("mizan.ssh");

    private final ServeSettings settings;
    private final SessionApps apps;
    private final ScheduledExecutorService timers;
    private volatile ChannelTerminal term;
    private volatile boolean idle;

    WorkbenchShell(ServeSettings settings, SessionApps apps, ScheduledExecutorService timers) {
        this.settings = settings;
        this.apps = apps;
        this.timers = timers;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        String user = channel.getSession().getUsername();
        String from = KeyAuthenticator.address(channel.getSession());
        if (env.getPtyModes().isEmpty() && !env.getEnv().containsKey(Environment.ENV_COLUMNS)) {
            LOG.info(user + " from " + from + " asked for a session without a terminal; told to use ssh -t");
            Refusal.tell(err, "mizan: the workbench needs a terminal; connect with: " + Refusal.howToConnect(channel.getSession()));
            exit.onExit(1, "no terminal");
            return;
        }
        term = new ChannelTerminal(in, out, env);
        Thread t = new Thread(() -> run(user, from), "mizan-session-" + user);
        t.setDaemon(true);
        t.start();
    }

    private void run(String user, String from) {
        int status = 0;
        ScheduledFuture<?> idleCheck = watchIdle(settings.idleTimeout());
        try (Store store = Store.open(settings.db())) {
            Annotator who = store.team().find(user).orElseThrow(() -> new IllegalStateException(
                    user + " was removed from the team after logging in"));
            LOG.info(user + " (" + who.role().id() + ") started a session from " + from);
            apps.forRole(who.role()).run(term, store, who);
            if (idle) {
                Refusal.tell(out, "mizan: closed after " + spoken(settings.idleTimeout())
                        + " without a key; every label shown as saved is saved. Connect again to go on.");
            }
        } catch (Throwable e) {
            status = 1;
            LOG.log(Level.SEVERE, "the session of " + user + " from " + from + " failed; other sessions go on", e);
            Refusal.tell(out, "\r\nmizan: this session failed" + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "")
                    + "; labels shown as saved are saved. The details are in the server's log.");
        } finally {
            idleCheck.cancel(false);
            closeTerminal();
            LOG.info(user + " ended a session from " + from + (idle ? " (idle timeout)" : ""));
            exit.onExit(status);
        }
    }

    /** Checks the time since the last key a few times per timeout; ending the input ends the app. */
    private ScheduledFuture<?> watchIdle(Duration timeout) {
        long period = Math.max(1, Math.min(30_000, timeout.toMillis() / 4));
        return timers.scheduleAtFixedRate(() -> {
            if (System.currentTimeMillis() - term.lastInputMillis() >= timeout.toMillis()) {
                idle = true;
                closeTerminal();
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    static String spoken(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private void closeTerminal() {
        try {
            term.close();
        } catch (Exception e) {
            // already closed
        }
    }

    /** The channel is gone (the client dropped, or the server stops): end the key reader so the app returns. */
    @Override
    public void destroy(ChannelSession channel) {
        if (term != null) {
            closeTerminal();
        }
    }
}
