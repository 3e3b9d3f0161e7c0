package mizan.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample news articles shipped in {@code seeds/}, read as UTF-8. */
final class Seeds {

    private static final Path DIR = Path.of("seeds");

    private Seeds() {
    }

    static Path first() {
        return files().get(0);
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-blank line of every seed file. */
    static List<String> lines() {
        return files().stream().flatMap(f -> text(f).lines()).filter(l -> !l.isBlank()).toList();
    }
}
