package mizan.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

/** The SSH client of Apache MINA, in the test JVM: many sessions without a process per session. */
final class JavaClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(60);

    private final SshClient client = SshClient.setUpDefaultClient();

    JavaClient() {
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    ClientSession login(String user, KeyPair key, int port) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
        session.addPublicKeyIdentity(key);
        try {
            session.auth().verify(WAIT);
        } catch (IOException | RuntimeException e) {
            session.close(true); // as a client does when refused: the server counts the failure when the connection ends
            throw e;
        }
        return session;
    }

    /** A shell channel with a pty of the given size, its output collected in a {@link Screen}. */
    static Terminal shell(ClientSession session, int cols, int rows) throws IOException {
        return shell(session, cols, rows, Map.of());
    }

    /** With environment variables sent as {@code ssh -o SetEnv=...} sends them. */
    static Terminal shell(ClientSession session, int cols, int rows, Map<String, String> env) throws IOException {
        PtyChannelConfiguration pty = new PtyChannelConfiguration();
        pty.setPtyType("xterm-256color");
        pty.setPtyColumns(cols);
        pty.setPtyLines(rows);
        ChannelShell channel = session.createShellChannel(pty, env);
        Screen screen = new Screen();
        channel.setOut(screen);
        channel.setErr(screen);
        channel.open().verify(WAIT);
        return new Terminal(channel, screen);
    }

    /** Logs in and opens the workbench at 100x30, returning once its first screen is drawn. */
    Terminal workbench(String user, KeyPair key, int port) throws IOException, InterruptedException {
        return workbench(user, key, port, Map.of());
    }

    Terminal workbench(String user, KeyPair key, int port, Map<String, String> env) throws IOException, InterruptedException {
        Terminal t = shell(login(user, key, port), 100, 30, env);
        t.screen().waitFor(0, "── stance", WAIT);
        return t;
    }

    /** One open workbench: type into it, read what it drew. */
    record Terminal(ChannelShell channel, Screen screen) {

        void type(String keys) throws IOException {
            OutputStream in = channel.getInvertedIn();
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** Sends {@code keys} and waits for {@code needle} in what is drawn after them. */
        void typeAndWait(String keys, String needle) throws IOException, InterruptedException {
            int mark = screen.mark();
            type(keys);
            screen.waitFor(mark, needle, WAIT);
        }

        boolean awaitClosed(Duration timeout) {
            return channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout).contains(ClientChannelEvent.CLOSED);
        }
    }

    @Override
    public void close() {
        client.stop();
    }
}
