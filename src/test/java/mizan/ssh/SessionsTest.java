package mizan.ssh;

import mizan.model.Role;
import mizan.store.Store;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of a session: what ends it, and that nothing one session does reaches another. */
class SessionsTest {

    @TempDir
    Path dir;

    @Test
    void aDroppedConnectionEndsItsSessionThreadAndKeepsWhatWasSaved() throws Exception {
        try (ServerFixture f = ServerFixture.start(dir); JavaClient client = new JavaClient()) {
            KeyPair key = f.member("dan", Role.ANNOTATOR);
            JavaClient.Terminal t = client.workbench("dan", key, f.port());
            t.typeAndWait("2", "MILCOOP = AGAINST");
            assertThat(sessionThreads("dan")).isEqualTo(1);

            t.channel().getSession().close(true); // the TCP connection goes, with no goodbye

            f.awaitLog("dan ended a session from 127.0.0.1");
            assertThat(sessionThreads("dan")).isZero();
            awaitNoThread("mizan-input"); // the workbench's key reader, clock and I/O threads end with it
            awaitNoThread("mizan-clock");
            awaitNoThread("mizan-io");
            assertThat(f.rows("SELECT annotator, target, label FROM stance_labels")).containsExactly("dan|MILCOOP|AGAINST");
        }
    }

    @Test
    void aFailingSessionEndsAloneWhileOthersLabelOn() throws Exception {
        SessionApp broken = (term, store, who) -> {
            throw new IllegalStateException("the review queue is corrupt");
        };
        try (ServerFixture f = ServerFixture.start(dir, apps -> apps.with(Role.REVIEWER, broken));
             JavaClient client = new JavaClient()) {
            KeyPair ann = f.member("ann", Role.ANNOTATOR);
            KeyPair rita = f.member("rita", Role.REVIEWER);
            JavaClient.Terminal annTerm = client.workbench("ann", ann, f.port());

            JavaClient.Terminal ritaTerm = JavaClient.shell(client.login("rita", rita, f.port()), 100, 30);
            assertThat(ritaTerm.awaitClosed(JavaClient.WAIT)).isTrue();
            assertThat(ritaTerm.channel().getExitStatus()).isEqualTo(1);
            assertThat(ritaTerm.screen().text()).contains("this session failed")
                    .contains("the review queue is corrupt");
            f.awaitLog("the session of rita from 127.0.0.1 failed; other sessions go on");

            annTerm.typeAndWait("3", "MILCOOP = NEUTRAL");
            assertThat(f.rows("SELECT annotator, label FROM stance_labels")).containsExactly("ann|NEUTRAL");
        }
    }

    @Test
    void aWindowChangeRedrawsAtTheNewSize() throws Exception {
        try (ServerFixture f = ServerFixture.start(dir); JavaClient client = new JavaClient()) {
            KeyPair key = f.member("eve", Role.ANNOTATOR);
            JavaClient.Terminal t = client.workbench("eve", key, f.port());
            int mark = t.screen().mark();
            t.channel().sendWindowChange(30, 8);
            t.screen().waitFor(mark, "too small", JavaClient.WAIT);
            mark = t.screen().mark();
            t.channel().sendWindowChange(100, 30);
            t.screen().waitFor(mark, "── stance", JavaClient.WAIT);
        }
    }

    @Test
    void anIdleSessionIsClosedWithAMessage() throws Exception {
        try (ServerFixture f = ServerFixture.start(dir, s -> new ServeSettings(s.db(), s.bind(), s.port(),
                Duration.ofSeconds(2), s.maxFailures(), s.failureWindow()), apps -> apps);
             JavaClient client = new JavaClient()) {
            KeyPair key = f.member("fay", Role.ANNOTATOR);
            JavaClient.Terminal t = client.workbench("fay", key, f.port());
            assertThat(t.awaitClosed(Duration.ofSeconds(30))).isTrue();
            assertThat(t.screen().text()).contains("closed after 2 s without a key");
            f.awaitLog("fay ended a session from 127.0.0.1 (idle timeout)");
        }
    }

    @Test
    void afterTooManyFailedLoginsEvenTheRightKeyIsRefusedForAWhile() throws Exception {
        try (ServerFixture f = ServerFixture.start(dir, s -> s.withLoginLimit(2, Duration.ofMinutes(5)), apps -> apps);
             JavaClient client = new JavaClient()) {
            KeyPair key = f.member("gus", Role.ANNOTATOR);
            KeyPair wrong = f.member("other", Role.ANNOTATOR);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> client.login("gus", wrong, f.port()).close()).isInstanceOf(Exception.class);
            }
            f.awaitLog("failed login from 127.0.0.1 as 'gus'", 2); // counted when the server sees the connection end
            assertThatThrownBy(() -> client.login("gus", key, f.port()).close()).isInstanceOf(Exception.class);
            f.awaitLog("too many failed logins from 127.0.0.1");
        }
    }

    @Test
    void aMemberWithSeveralKeysLogsInWithAnyOfThemAndARemovedMemberWithNone() throws Exception {
        try (ServerFixture f = ServerFixture.start(dir); JavaClient client = new JavaClient()) {
            KeyPair laptop = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
            KeyPair desktop = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
            f.register("hana", Role.ANNOTATOR, "# hana's machines\n" + PublicKeyEntry.toString(laptop.getPublic())
                    + " hana@laptop\n" + PublicKeyEntry.toString(desktop.getPublic()) + " hana@desktop\n");
            for (KeyPair key : List.of(laptop, desktop)) {
                try (ClientSession s = client.login("hana", key, f.port())) {
                    assertThat(s.isAuthenticated()).isTrue();
                }
            }
            try (Store store = Store.open(f.db)) {
                store.team().remove("hana");
            }
            assertThatThrownBy(() -> client.login("hana", laptop, f.port()).close()).isInstanceOf(Exception.class);
            f.awaitLog("as 'hana': 'hana' is not on the team");
        }
    }

    @Test
    void aClientThatReordersArabicItselfAsksForLogicalOrder() throws Exception {
        try (ServerFixture f = ServerFixture.start(dir); JavaClient client = new JavaClient()) {
            KeyPair key = f.member("ida", Role.ANNOTATOR);
            JavaClient.Terminal app = client.workbench("ida", key, f.port());
            // By default the server lays out and shapes: the title's first word is sent as presentation forms.
            assertThat(app.screen().text()).contains("\033[8l").contains("ﺔﻤﻗ").doesNotContain("قمة");
            // Straight from the renderer: valid UTF-8, none of the NULs Lanterna's own encoder adds after Arabic letters.
            assertThat(app.screen().bytes()).doesNotContain((byte) 0);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(app.screen().bytes()));

            JavaClient.Terminal logical = client.workbench("ida", key, f.port(), Map.of("MIZAN_BIDI", "terminal"));
            assertThat(logical.screen().text()).contains("قمة كيم").doesNotContain("\033[8l");
        }
    }

    private static void awaitNoThread(String name) throws InterruptedException {
        for (int i = 0; i < 100 && Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name)); i++) {
            Thread.sleep(100);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(name));
    }

    private static long sessionThreads(String user) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("mizan-session-" + user)).count();
    }
}
