package mizan.ssh;

import mizan.TestDb;
import mizan.TestFiles;
import mizan.corpus.Importer;
import mizan.model.Role;
import mizan.store.Store;
import mizan.text.BidiLayout;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A served project in a temporary folder: the seeds imported, a team with keys, the server on a free port. */
final class ServerFixture implements AutoCloseable {

    final Path dir;
    final Path db;
    final WorkbenchServer server;

    private ServerFixture(Path dir, WorkbenchServer server) {
        this.dir = dir;
        this.db = dir.resolve("mizan.db");
        this.server = server;
    }

    static ServerFixture start(Path dir) throws IOException {
        return start(dir, s -> s, apps -> apps);
    }

    /** With other apps per role, e.g. {@code apps -> apps.with(Role.REVIEWER, app)}. */
    static ServerFixture start(Path dir, UnaryOperator<SessionApps> plugIn) throws IOException {
        return start(dir, s -> s, plugIn);
    }

    static ServerFixture start(Path dir, UnaryOperator<ServeSettings> tweak, UnaryOperator<SessionApps> plugIn)
            throws IOException {
        Path db = dir.resolve("mizan.db");
        try (Store store = Store.open(db)) {
            if (store.documents().count() == 0) {
                new Importer(store.documents(), Importer.Progress.NONE).importPaths(List.of(TestFiles.seeds()));
            }
        }
        ServeSettings settings = tweak.apply(ServeSettings.of(db, "127.0.0.1", 0, Duration.ofMinutes(30)));
        ServeLog.to(settings.log());
        return new ServerFixture(dir, WorkbenchServer.start(settings,
                plugIn.apply(SessionApps.of(new AnnotateApp(BidiLayout.Mode.APP)))));
    }

    int port() {
        return server.port();
    }

    /** Registers {@code name} with a fresh in-memory ed25519 key, for the Java client. */
    KeyPair member(String name, Role role) throws GeneralSecurityException {
        KeyPair key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        register(name, role, PublicKeyEntry.toString(key.getPublic()));
        return key;
    }

    /** Registers {@code name} with a key made by ssh-keygen, for the OpenSSH client; returns the private key file. */
    Path opensshMember(String name, Role role) throws IOException, InterruptedException {
        Path key = opensshKey(name);
        register(name, role, Files.readString(key.resolveSibling(name + ".pub")).strip());
        return key;
    }

    /** A key pair made by ssh-keygen and registered for no one. */
    Path opensshKey(String file) throws IOException, InterruptedException {
        Path key = dir.resolve(file);
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", file, "-f", key.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ssh-keygen failed for " + key);
        }
        return key;
    }

    void register(String name, Role role, String publicKey) {
        try (Store store = Store.open(db)) {
            store.team().add(name, role, publicKey);
        }
    }

    List<String> rows(String sql) throws Exception {
        return TestDb.rows(db, sql);
    }

    String log() throws IOException {
        Path log = dir.resolve("mizan-serve.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Waits for a line of the server's log: the server writes it as it notices the connection end. */
    void awaitLog(String needle) throws IOException, InterruptedException {
        awaitLog(needle, 1);
    }

    void awaitLog(String needle, int times) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (log().split(java.util.regex.Pattern.quote(needle), -1).length - 1 < times) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the log never said '" + needle + "' " + times + " time(s); it holds:\n" + log());
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
