package mizan.e2e;

import mizan.TestDb;
import mizan.store.ConcurrentWriter;
import mizan.store.Store;
import mizan.store.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Many writer processes on one database: nothing lost, no error reaches anyone. */
class StressE2ETest {

    @Test
    void sixteenProcessesWritingFiveHundredLabelsEachLoseNothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("shared.db");
        String pid;
        try (Store s = Store.open(db)) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
        }
        int processes = 16;
        int each = 500;
        long startAt = System.currentTimeMillis() + 3000;
        List<Process> procs = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            procs.add(ConcurrentWriter.start(db, pid, "writer" + i, each, startAt, dir.resolve("writer" + i + ".log")));
        }
        for (int i = 0; i < processes; i++) {
            Process p = procs.get(i);
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("writer" + i + ".log"))).isZero();
            assertThat(Files.readString(dir.resolve("writer" + i + ".log"))).as("nothing printed: no error surfaced").isEmpty();
        }
        try (Store s = Store.open(db)) {
            for (int i = 0; i < processes; i++) {
                assertThat(s.labels().stance(pid, "writer" + i)).hasSize(each);
            }
            assertThat(s.labels().countsByAnnotator()).hasSize(processes);
        }
        assertThat(TestDb.rows(db, "SELECT count(*) FROM events")).containsExactly(String.valueOf(processes * each));
    }
}
