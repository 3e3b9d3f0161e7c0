package mizan.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Several OS processes writing to one database file at the same moment. */
class ConcurrencyTest {

    @Test
    void twoProcessesWritingAtOnceBothSucceedAndNothingIsLost(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("shared.db");
        String pid;
        try (Store s = Store.open(db)) {
            pid = StoreFixture.oneDocument(s, "عنوان", "قال بوتين إن التعاون مستمر.");
        }
        int perProcess = 200;
        long startAt = System.currentTimeMillis() + 1500;
        List<Process> procs = new ArrayList<>();
        for (String who : new String[] {"alice", "bob"}) {
            procs.add(ConcurrentWriter.start(db, pid, who, perProcess, startAt, dir.resolve(who + ".log")));
        }
        for (Process p : procs) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("writer exit status").isZero();
        }
        try (Store s = Store.open(db)) {
            assertThat(s.labels().stance(pid, "alice")).hasSize(perProcess);
            assertThat(s.labels().stance(pid, "bob")).hasSize(perProcess);
            assertThat(Sql.longValue(s, "SELECT count(*) FROM events")).isEqualTo(2L * perProcess);
        }
    }

}
