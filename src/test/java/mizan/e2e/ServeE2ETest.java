package mizan.e2e;

import mizan.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mizan serve} from the packaged jar, with the real OpenSSH client in a real terminal (tmux):
 * label, lose the connection the hard way, come back to the same paragraph with the label kept.
 */
class ServeE2ETest {

    @TempDir
    Path dir;

    private Served server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void labelOverSshKillTheClientReconnectAndResumeWithTheLabelKept() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        Path key = Served.keygen(dir, "alice");
        Served.lead("team", "add", "alice", "--key", key + ".pub", "--db", db.toString());
        int port = Served.freePort();
        server = Served.start(dir, db, port);
        String banner = server.banner;
        assertThat(banner).contains("listening on 127.0.0.1:" + port).contains("host key SHA256:")
                .contains("ssh -p " + port + " alice@127.0.0.1");
        assertThat(String.join("", Files.readAllLines(dir.resolve("serve.err")))).doesNotContain("SLF4J");

        String ssh = Served.ssh(port, key, "alice");
        try (Tmux t = new Tmux(dir, 100, 30, ssh)) {
            t.waitFor("── stance");
            t.keys("1", "1", "1"); // paragraph 1 done: a stance for each of the three targets
            t.waitFor("saved ✓ SANCTIONS = FAVOR");
            t.keys("PgDn");
            t.waitFor("│ 2/");
            t.keys("1");
            t.waitFor("saved ✓ MILCOOP = FAVOR");
            ProcessHandle.of(t.pid()).orElseThrow().destroyForcibly(); // kill -9 the ssh client
            t.waitForExit(Duration.ofSeconds(20));
        }
        awaitLog("alice ended a session from 127.0.0.1");
        assertThat(TestDb.rows(db, "SELECT paragraph_id, annotator, target, label FROM stance_labels ORDER BY paragraph_id, target"))
                .containsExactly("c99316f7a11949ab-0|alice|MILCOOP|FAVOR", "c99316f7a11949ab-0|alice|SANCTIONS|FAVOR",
                        "c99316f7a11949ab-0|alice|WAR_SUPPORT|FAVOR", "c99316f7a11949ab-1|alice|MILCOOP|FAVOR");

        try (Tmux t = new Tmux(dir, 100, 30, ssh)) {
            String screen = t.waitFor("── stance");
            // Paragraph 2 has one stance of three: the first unfinished one, so the workbench reopens on it.
            assertThat(screen).contains("│ 2/").contains("done 1/");
            assertThat(screen.lines().filter(l -> l.contains("MILCOOP")).findFirst().orElseThrow()).contains("[FAVOR    ]");
            t.keys("Enter"); // the client sends CR, which no line discipline turns into LF on this side
            t.waitFor("│ 3/");
            t.keys("q");
            t.waitForExit(Duration.ofSeconds(20));
        }
        assertThat(TestDb.rows(db, "SELECT count(*) FROM stance_labels")).containsExactly("4");
        assertThat(Files.readString(dir.resolve("mizan-serve.log"))).contains("alice logged in from 127.0.0.1 with key SHA256:");
    }

    @Test
    void aSecondServerOnTheSamePortSaysSoAndExits() throws Exception {
        Path db = Mizan.init(dir.resolve("mizan.db"));
        int port = Served.freePort();
        server = Served.start(dir, db, port);
        Process second = Served.mizan("serve", "--db", db.toString(), "--port", String.valueOf(port)).redirectErrorStream(true).start();
        String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(1);
        assertThat(out).contains("cannot listen on 127.0.0.1:" + port).contains("--port");
    }

    private void awaitLog(String needle) throws Exception {
        Path log = dir.resolve("mizan-serve.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains(needle))) {
            assertThat(System.nanoTime()).as("the server log says '" + needle + "'").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
