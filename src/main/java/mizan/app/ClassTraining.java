package mizan.app;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import mizan.store.Store;
import mizan.text.BidiLayout;
import mizan.tui.Keymap;
import mizan.tui.runtime.Runtime;
import mizan.tui.runtime.TerminalIo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A short run through what {@code mizan annotate} loads — the command line, a new database with
 * the seeds imported, the label scheme, the workbench loop up to its first paragraph — on a
 * terminal of its own that quits as soon as the paragraph is drawn. The {@code mizan} launcher
 * runs it once per build with {@code -XX:ArchiveClassesAtExit} to record those classes in an
 * application class-data archive, which later launches map instead of loading class by class.
 */
public final class ClassTraining {

    private ClassTraining() {
    }

    /** A training run that has not seen its paragraph by then has gone wrong; the launcher then skips the archive. */
    private static final long GIVE_UP_MS = 60_000;

    public static void main(String[] args) throws IOException {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_MS);
                System.exit(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mizan-training-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Path dir = Files.createTempDirectory("mizan-classes-");
        try {
            Path db = dir.resolve("training.db");
            PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
            int status = Main.run(new String[] {"annotate", "--db", db.toString(), "--annotator", "training"}, quiet,
                    quiet);
            if (status != 0) {
                throw new IllegalStateException("the training workbench could not start: exit status " + status);
            }
            try (Store store = Store.open(db)) {
                if (store.documents().count() == 0) {
                    throw new IllegalStateException("no seed articles found to train on");
                }
                var scheme = store.settings().labelScheme();
                new Runtime(new QuitAfterParagraph(), store, Runtime.Config.workbench("training", scheme,
                        Keymap.defaults(scheme), BidiLayout.Mode.APP, db.toString())).run();
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.exit(0);
    }

    /** An 80×24 terminal that types 'q' once a frame showing a paragraph (its stance panel) was written. */
    private static final class QuitAfterParagraph implements TerminalIo {

        private final CountDownLatch shown = new CountDownLatch(1);
        private boolean quit;

        @Override
        public KeyStroke readInput() throws IOException {
            try {
                shown.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            synchronized (this) {
                if (quit) {
                    return null;
                }
                quit = true;
            }
            return new KeyStroke('q', false, false);
        }

        @Override
        public TerminalSize size() {
            return new TerminalSize(80, 24);
        }

        @Override
        public void onResize(Consumer<TerminalSize> listener) {
            // a fixed size
        }

        @Override
        public void write(byte[] bytes) {
            if (new String(bytes, StandardCharsets.UTF_8).contains("── stance")) {
                shown.countDown();
            }
        }

        @Override
        public void close() {
            shown.countDown();
        }
    }
}
