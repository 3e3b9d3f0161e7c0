package mizan.ssh;

import mizan.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Twenty annotators label at once, each in their own SSH session, all on one database file. */
class ConcurrentSessionsTest {

    static final int SESSIONS = 20;
    static final int PARAGRAPHS = 20;
    static final String PAGE_DOWN = "\033[6~";

    @TempDir
    Path dir;

    @Test
    void twentySessionsLabelTwentyParagraphsEachAndEveryLabelIsInTheDatabase() throws Exception {
        try (ServerFixture f = ServerFixture.start(dir); JavaClient client = new JavaClient()) {
            List<KeyPair> keys = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                keys.add(f.member(name(i), Role.ANNOTATOR));
            }
            ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    label(client, name(n), keys.get(n), f.port());
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(f.rows("SELECT count(*) FROM stance_labels WHERE target = 'MILCOOP' AND label = 'FAVOR'"))
                    .containsExactly(String.valueOf(SESSIONS * PARAGRAPHS));
            assertThat(f.rows("SELECT annotator, count(DISTINCT paragraph_id) FROM stance_labels GROUP BY annotator"))
                    .hasSize(SESSIONS).allSatisfy(row -> assertThat(row).endsWith("|" + PARAGRAPHS));
        }
    }

    private static void label(JavaClient client, String name, KeyPair key, int port) throws Exception {
        JavaClient.Terminal t = client.workbench(name, key, port);
        try {
            for (int p = 0; p < PARAGRAPHS; p++) {
                // the label shows at once (its cell changes from the empty mark); quitting waits for the writes
                t.typeAndWait("1", "[FAVOR");
                if (p + 1 < PARAGRAPHS) {
                    // A fresh paragraph redraws its MILCOOP cell from FAVOR to the empty mark.
                    t.typeAndWait(PAGE_DOWN, "·");
                }
            }
            t.type("q");
            assertThat(t.awaitClosed(JavaClient.WAIT)).as(name + "'s session ends on q").isTrue();
        } finally {
            t.channel().getSession().close(false);
        }
    }

    private static String name(int i) {
        return "annotator" + i;
    }
}
