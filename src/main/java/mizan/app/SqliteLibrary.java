package mizan.app;

import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies the SQLite driver's native library for this machine out of the jar, once per build. The
 * driver otherwise extracts it to the temporary folder and compares it byte by byte on every
 * start (60–90 ms of a launch); the {@code mizan} launcher points it at this copy instead
 * ({@code -Dorg.sqlite.lib.path}, {@code -Dorg.sqlite.lib.name}). Usage: {@code SqliteLibrary FILE}.
 */
public final class SqliteLibrary {

    private SqliteLibrary() {
    }

    public static void main(String[] args) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        Path target = Path.of(args[0]);
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                System.err.println("no SQLite native library in the jar for this machine (" + resource + ")");
                System.exit(1);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
