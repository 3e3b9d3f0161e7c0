package mizan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real file-system trouble for tests: a tiny disk that fills up, a folder or file that is
 * read-only even for root (permissions alone do not stop root, and tests run as root on CI). These
 * need {@code mount} or {@code chattr}; where that is not permitted (not root, a container without
 * the capability, a file system without the attribute) the test is skipped, saying which case goes
 * unchecked. Closing undoes the trouble.
 */
public final class Mounts implements AutoCloseable {

    private final String[] undo;

    private Mounts(String... undo) {
        this.undo = undo;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code dir} (made if missing). */
    public static Mounts smallDisk(Path dir, int kilobytes) throws IOException {
        Files.createDirectories(dir);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString()),
                "mounting a tmpfs needs root and the mount capability; the full-disk case is not checked here");
        return new Mounts("umount", dir.toString());
    }

    /** Makes {@code dir} read-only for everyone, root included, with a read-only bind mount of itself. */
    public static Mounts readOnly(Path dir) throws IOException {
        Files.createDirectories(dir);
        assumeTrue(run("mount", "--bind", dir.toString(), dir.toString()),
                "a bind mount needs root and the mount capability; the read-only folder case is not checked here");
        Mounts m = new Mounts("umount", dir.toString());
        if (!run("mount", "-o", "remount,ro,bind", dir.toString())) {
            m.close();
            assumeTrue(false, "remounting read-only was refused; the read-only folder case is not checked here");
        }
        return m;
    }

    /** Makes one file unchangeable, root included ({@code chattr +i}). */
    public static Mounts immutable(Path file) {
        assumeTrue(run("chattr", "+i", file.toString()),
                "chattr +i is not available on this file system; the read-only file case is not checked here");
        return new Mounts("chattr", "-i", file.toString());
    }

    /** Writes into {@code dir} until the disk refuses: after this, the next write fails with "No space left on device". */
    public static void fill(Path dir) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full, as wanted
        }
    }

    @Override
    public void close() {
        if (!run(undo) && undo[0].equals("umount")) {
            run("umount", "-l", undo[1]);
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
