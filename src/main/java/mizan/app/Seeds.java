package mizan.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the sample corpus: $MIZAN_SEEDS, ./seeds, or seeds/ beside the jar's project folder. */
final class Seeds {

    private Seeds() {
    }

    static Optional<Path> locate() {
        String env = System.getenv("MIZAN_SEEDS");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(Files::isDirectory);
        }
        Path here = Path.of("seeds");
        if (Files.isDirectory(here)) {
            return Optional.of(here);
        }
        try {
            Path jar = Path.of(Seeds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("schema.sql"))) {
                    return Optional.of(p.resolve("seeds"));
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source to go by
        }
        return Optional.empty();
    }
}
