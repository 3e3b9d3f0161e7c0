package mizan.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoffTest {

    @Test
    void everyBatchArrivesInOrder() {
        List<Integer> got = new ArrayList<>();
        new Handoff<Integer>(4).run(emit -> {
            for (int i = 0; i < 1000; i++) {
                emit.accept(i);
            }
        }, got::add);
        assertThat(got).hasSize(1000).isSorted();
    }

    @Test
    void aReaderFailureReachesTheCaller() {
        assertThatThrownBy(() -> new Handoff<Integer>(4).run(emit -> {
            emit.accept(1);
            throw new ExportException("paragraph p-1: broken");
        }, i -> { })).hasMessage("paragraph p-1: broken");
    }

    @Test
    void aWriterFailureStopsTheReaderPromptly() {
        AtomicBoolean readToTheEnd = new AtomicBoolean();
        Handoff<Integer> handoff = new Handoff<>(4);
        long start = System.nanoTime();
        assertThatThrownBy(() -> handoff.run(emit -> {
            for (int i = 0; i < 10; i++) {
                emit.accept(i);
            }
            // a long stretch of paragraphs without labels: nothing more is emitted
            while (System.nanoTime() - start < 30_000_000_000L) {
                handoff.checkpoint();
                Thread.onSpinWait();
            }
            readToTheEnd.set(true);
        }, i -> {
            if (i == 5) {
                throw new ExportException("disk full");
            }
        })).hasMessage("disk full");
        assertThat(readToTheEnd).isFalse();
    }
}
