package mizan.ssh;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.StaticDecisionForwardingFilter;

import java.util.logging.Logger;

/**
 * Refuses agent, X11 and remote port forwarding, and says so in the log: someone asking for a
 * tunnel into the machine that holds everyone's labels is worth a lead's attention. (Local
 * forwarding never gets this far: the server has no channel type for it.)
 */
final class NoForwarding extends StaticDecisionForwardingFilter {

    private static final Logger LOG = Logger.getLogger("mizan.ssh");

    NoForwarding() {
        super(false);
    }

    @Override
    protected boolean checkAcceptance(String request, Session session, SshdSocketAddress target) {
        LOG.warning(session.getUsername() + " from " + KeyAuthenticator.address(session) + ": refused " + request
                + (target == null ? "" : " (" + target + ")"));
        return false;
    }
}
