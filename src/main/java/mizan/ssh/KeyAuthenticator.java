package mizan.ssh;

import mizan.model.Annotator;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets in a team member whose offered key is one of the keys registered for them; the SSH user
 * name is the member's name. Keys are read from the team at each login, so {@code mizan team add}
 * takes effect without a restart. Every connection that ends without a login is logged and counted
 * against its address by the {@link LoginGuard}.
 */
final class KeyAuthenticator implements PublickeyAuthenticator, SessionListener {

    private static final Logger LOG = Logger.getLogger("mizan.ssh");
    private static final AttributeKey<String> REFUSAL = new AttributeKey<>();
    /** The name a refused client tried: sshd only records the user name of a successful login. */
    private static final AttributeKey<String> TRIED_AS = new AttributeKey<>();
    /** Which of a member's keys let them in, for the log: a lost laptop's key can then be traced and removed. */
    private static final AttributeKey<String> KEY = new AttributeKey<>();
    private static final long REFUSED_HOLD_MS = 2_000;

    private final Function<String, Optional<Annotator>> team;
    private final LoginGuard guard;

    KeyAuthenticator(Function<String, Optional<Annotator>> team, LoginGuard guard) {
        this.team = team;
        this.guard = guard;
    }

    @Override
    public boolean authenticate(String user, PublicKey offered, ServerSession session) {
        String from = address(session);
        session.setAttribute(TRIED_AS, user);
        if (guard.refuses(from)) {
            return refuse(session, "too many failed logins from " + from + " (at most " + guard.maxFailures()
                    + " in " + guard.window().toMinutes() + " min)");
        }
        Optional<Annotator> member = Annotator.isValidName(user) ? team.apply(user) : Optional.empty();
        if (member.isEmpty()) {
            return refuse(session, "'" + user + "' is not on the team");
        }
        String keys = member.get().publicKey();
        if (keys == null || keys.isBlank()) {
            return refuse(session, user + " has no SSH key registered (mizan team add " + user + " --key FILE)");
        }
        for (String line : keys.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (matches(user, line, offered, session)) {
                session.setAttribute(KEY, KeyUtils.getFingerPrint(offered));
                return true;
            }
        }
        return refuse(session, "the key " + KeyUtils.getFingerPrint(offered) + " is not registered for " + user);
    }

    private static boolean matches(String user, String line, PublicKey offered, ServerSession session) {
        try {
            PublicKey registered = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
                    .resolvePublicKey(session, PublicKeyEntryResolver.IGNORING);
            return registered != null && KeyUtils.compareKeys(registered, offered);
        } catch (Exception e) {
            LOG.warning("a key registered for " + user + " cannot be read (" + e.getMessage()
                    + "); register it again with: mizan team add " + user + " --key FILE");
            return false;
        }
    }

    /** A refused address is held for a while before the close: hammering it costs the client time, not us threads. */
    @Override
    public void sessionCreated(Session session) {
        String from = address(session);
        if (guard.refuses(from)) {
            refuse(session, "too many failed logins from " + from + "; refused for up to " + guard.window().toMinutes() + " min");
            CompletableFuture.delayedExecutor(REFUSED_HOLD_MS, TimeUnit.MILLISECONDS).execute(() -> session.close(true));
        }
    }

    private static boolean refuse(Session session, String why) {
        session.setAttribute(REFUSAL, why);
        return false;
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            guard.succeeded(address(session));
            LOG.info(session.getUsername() + " logged in from " + address(session) + " with key " + session.getAttribute(KEY));
        }
    }

    @Override
    public void sessionClosed(Session session) {
        if (session.isAuthenticated()) {
            LOG.info(session.getUsername() + " disconnected (" + address(session) + ")");
            return;
        }
        String from = address(session);
        guard.failed(from);
        String why = session.getAttribute(REFUSAL);
        String user = session.getAttribute(TRIED_AS);
        LOG.log(Level.WARNING, "failed login from " + from + (user == null ? "" : " as '" + user + "'") + ": "
                + (why != null ? why : "no key was offered (password and keyboard-interactive logins are not accepted)"));
    }

    static String address(Session session) {
        SocketAddress a = session.getIoSession().getRemoteAddress();
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress() : String.valueOf(a);
    }
}
