package mizan.export;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Two-stage pipeline: a reader thread produces batches (reading SQLite, resolving, checking and
 * tokenizing), the calling thread consumes them (encoding and writing files). The queue is
 * bounded, so memory stays bounded whichever side is slower. A failure on either side stops
 * both and is rethrown to the caller.
 */
final class Handoff<T> {

    /** Work that produces batches through {@code emit}. */
    interface Producer<T> {
        void run(Consumer<T> emit);
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private volatile boolean stopped;

    Handoff(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    @SuppressWarnings("unchecked")
    void run(Producer<T> producer, Consumer<T> consumer) {
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                producer.run(this::put);
            } catch (Stopped e) {
                return;
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
            put(END);
        }, "mizan-export-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object next = take(); next != END; next = take()) {
                consumer.accept((T) next);
            }
        } catch (RuntimeException | Error e) {
            stopped = true;
            queue.clear();
            throw e;
        } finally {
            join(reader);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    private void put(Object batch) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /**
     * Called by the producer between items that emit nothing (paragraphs without labels), so it
     * stops promptly once the writer has failed instead of reading the rest of the database.
     */
    void checkpoint() {
        if (stopped) {
            throw new Stopped();
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("the export was interrupted; nothing was exported");
        }
    }

    private void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reader once the writer has given up. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
