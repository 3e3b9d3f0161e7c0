package mizan.ssh;

import mizan.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything but the workbench is refused, shown with the real OpenSSH clients: each attempt fails
 * with a non-zero status, and the database holds no trace of it.
 */
class RefusalsTest {

    @TempDir
    Path dir;

    private ServerFixture f;
    private Path aliceKey;

    @BeforeEach
    void start() throws Exception {
        f = ServerFixture.start(dir);
        aliceKey = f.opensshMember("alice", Role.ANNOTATOR);
    }

    @AfterEach
    void stop() throws IOException {
        f.close();
    }

    @Test
    void aKeyThatIsNotRegisteredIsRefusedAndLogged() throws Exception {
        Path stranger = f.opensshKey("stranger");
        OpenSsh.Result r = OpenSsh.run(OpenSsh.ssh(f.port(), stranger, "alice", List.of("-tt")), "");
        assertThat(r.status()).isEqualTo(255);
        assertThat(r.output()).contains("Permission denied (publickey)");
        f.awaitLog("failed login from 127.0.0.1 as 'alice': the key SHA256:");
        assertThat(f.log()).contains("is not registered for alice");

        r = OpenSsh.run(OpenSsh.ssh(f.port(), stranger, "zed", List.of("-tt")), "");
        assertThat(r.status()).isEqualTo(255);
        f.awaitLog("as 'zed': 'zed' is not on the team");
    }

    @Test
    void passwordAndKeyboardInteractiveLoginsAreNotEvenOffered() throws Exception {
        for (String method : List.of("password", "keyboard-interactive")) {
            OpenSsh.Result r = OpenSsh.run(OpenSsh.ssh(f.port(), null, "alice", List.of("-o", "PreferredAuthentications=" + method,
                    "-o", "PubkeyAuthentication=no")), "");
            assertThat(r.status()).as(method).isEqualTo(255);
            // The methods in parentheses are all the server would accept.
            assertThat(r.output()).as(method).contains("Permission denied (publickey)");
        }
    }

    @Test
    void aCommandIsRefusedWithAMessageAndANonZeroStatus() throws Exception {
        OpenSsh.Result r = OpenSsh.run(OpenSsh.ssh(f.port(), aliceKey, "alice", List.of(), "ls", "/"), "");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.output()).contains("only runs the labeling workbench, not commands")
                .contains("ssh -t -p " + f.port() + " alice@127.0.0.1").doesNotContain("etc");
        f.awaitLog("alice from 127.0.0.1: refused to run a command: ls /");
    }

    @Test
    void aSessionWithoutATerminalIsToldToAskForOne() throws Exception {
        OpenSsh.Result r = OpenSsh.run(OpenSsh.ssh(f.port(), aliceKey, "alice", List.of("-T")), "");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output()).contains("the workbench needs a terminal; connect with: ssh -t -p " + f.port());
    }

    @Test
    void sftpAndScpFindNoFileTransfer() throws Exception {
        List<String> sftp = new java.util.ArrayList<>(List.of("sftp", "-b", "-", "-P", String.valueOf(f.port())));
        sftp.addAll(OpenSsh.options(aliceKey));
        sftp.add("alice@127.0.0.1");
        OpenSsh.Result r = OpenSsh.run(sftp, "get mizan.db\n");
        assertThat(r.status()).isNotZero();
        assertThat(r.output()).contains("subsystem request failed");

        for (String protocol : List.of("-s", "-O")) { // over SFTP (the default), and the old scp protocol (a command)
            List<String> scp = new java.util.ArrayList<>(List.of("scp", protocol, "-P", String.valueOf(f.port())));
            scp.addAll(OpenSsh.options(aliceKey));
            scp.addAll(List.of("alice@127.0.0.1:" + f.db, dir.resolve("copy" + protocol).toString()));
            r = OpenSsh.run(scp, "");
            assertThat(r.status()).as("scp " + protocol).isNotZero();
            assertThat(dir.resolve("copy" + protocol)).doesNotExist();
        }
    }

    @Test
    void localForwardingIsRefused() throws Exception {
        int local;
        try (ServerSocket free = new ServerSocket(0)) {
            local = free.getLocalPort();
        }
        // -L listens on the client side; the server refuses when a connection asks it for the channel.
        Process ssh = new ProcessBuilder(OpenSsh.ssh(f.port(), aliceKey, "alice", List.of("-N", "-o", "ExitOnForwardFailure=yes",
                "-L", local + ":127.0.0.1:" + f.port()))).redirectErrorStream(true).redirectOutput(dir.resolve("ssh-L.out").toFile())
                .start();
        try {
            byte[] got = readThrough(local);
            assertThat(got).as("bytes forwarded to the server's own port").isEmpty();
        } finally {
            ssh.destroy();
            // a client still in its key exchange on a loaded machine can take minutes to act on SIGTERM
            if (!ssh.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                ssh.destroyForcibly().waitFor();
            }
        }
        assertThat(dir.resolve("ssh-L.out")).content().contains("open failed");

        OpenSsh.Result w = OpenSsh.run(OpenSsh.ssh(f.port(), aliceKey, "alice", List.of("-W", "127.0.0.1:" + f.port())), "");
        assertThat(w.status()).isEqualTo(255);
    }

    @Test
    void remoteForwardingIsRefused() throws Exception {
        OpenSsh.Result r = OpenSsh.run(OpenSsh.ssh(f.port(), aliceKey, "alice", List.of("-N", "-o", "ExitOnForwardFailure=yes",
                "-R", "0:127.0.0.1:" + f.port())), "");
        assertThat(r.status()).isEqualTo(255);
        assertThat(r.output()).contains("remote port forwarding failed");
        f.awaitLog("alice from 127.0.0.1: refused tcpip-forward");
    }

    /** Connects to the forwarded port once the client listens there, and reads what comes back. */
    private static byte[] readThrough(int port) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setSoTimeout(20_000);
                InputStream in = s.getInputStream();
                return in.readAllBytes(); // an SSH server would greet with "SSH-2.0-..." if the forward worked
            } catch (java.net.ConnectException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("ssh -L never listened on port " + port);
    }
}
