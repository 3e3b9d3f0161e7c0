package mizan.e2e;

import mizan.TestFiles;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mizan serve} from the packaged jar for end-to-end tests, with the lead's commands and an SSH key. */
final class Served implements AutoCloseable {

    private final Process server;
    final String banner;

    private Served(Process server, String banner) {
        this.server = server;
        this.banner = banner;
    }

    /** Starts the server on {@code port} and returns once its banner says how to connect. */
    static Served start(Path dir, Path db, int port) throws Exception {
        Process server = mizan("serve", "--db", db.toString(), "--port", String.valueOf(port))
                .redirectOutput(dir.resolve("serve.out").toFile()).redirectError(dir.resolve("serve.err").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.readString(dir.resolve("serve.out"));
            if (out.contains("connects with")) {
                return new Served(server, out);
            }
            assertThat(server.isAlive()).as("mizan serve is running; stderr: " + Files.readString(dir.resolve("serve.err")))
                    .isTrue();
            Thread.sleep(100);
        }
        server.destroyForcibly();
        throw new AssertionError("mizan serve never printed its banner:\n" + Files.readString(dir.resolve("serve.out")));
    }

    /** The packaged mizan, with the shipped seeds for a new database. */
    static ProcessBuilder mizan(String... args) {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", Mizan.jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("MIZAN_SEEDS", TestFiles.seeds().toString());
        return pb;
    }

    /** Runs a lead's command to success. */
    static void lead(String... args) throws Exception {
        ProcessBuilder pb = mizan(args).redirectErrorStream(true);
        pb.environment().put("MIZAN_USER", "lead");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("mizan " + String.join(" ", args) + ": " + out).isZero();
    }

    /** A new ed25519 key pair in {@code dir}; returns the private key's path. */
    static Path keygen(Path dir, String name) throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return key;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The OpenSSH client's command line for {@code user} with {@code key}, replacing the shell. */
    static String ssh(int port, Path key, String user) {
        return "exec ssh -tt -p " + port + " -i " + Tmux.shellQuote(key.toString())
                + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentityAgent=none " + user + "@127.0.0.1";
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy(); // SIGTERM: the shutdown hook stops the SSH server
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
    }
}
