package mizan.ssh;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * A channel request this server does not grant (a command to execute, a shell without a terminal):
 * one line on the client's standard error saying what to do instead, then a non-zero exit status.
 */
final class Refusal extends ChannelCommand {

    private static final Logger LOG = Logger.getLogger("mizan.ssh");

    private final String message;
    private final String logged;
    private final int status;

    Refusal(String message, String logged, int status) {
        this.message = message;
        this.logged = logged;
        this.status = status;
    }

    /** For {@code ssh host COMMAND}: nothing but the workbench is served. */
    static Refusal exec(ChannelSession channel, String command) {
        return new Refusal("mizan: this server only runs the labeling workbench, not commands; connect without one: "
                + howToConnect(channel.getSession()), "refused to run a command: " + command, 2);
    }

    /** The command line that does work, with this connection's port, user and server address filled in. */
    static String howToConnect(Session session) {
        String server = "HOST";
        int port = ServeSettings.DEFAULT_PORT;
        if (session.getIoSession().getLocalAddress() instanceof InetSocketAddress local) {
            server = local.getAddress() == null ? local.getHostString() : local.getAddress().getHostAddress();
            port = local.getPort();
        }
        return "ssh -t -p " + port + " " + session.getUsername() + "@" + server;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        LOG.warning(channel.getSession().getUsername() + " from " + KeyAuthenticator.address(channel.getSession()) + ": "
                + logged);
        tell(err, message);
        exit.onExit(status, logged);
    }

    /** Writes one line that reads right on a raw terminal (CR LF) and in a pipe. */
    static void tell(OutputStream stream, String line) {
        try {
            stream.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            // the client has gone; there is no one left to tell
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        // nothing runs after start
    }
}
