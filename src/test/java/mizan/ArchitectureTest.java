package mizan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Domain packages stay free of the terminal library and of JDBC, as the architecture promises. */
class ArchitectureTest {

    private static final List<String> PURE = List.of("model", "text", "agreement", "export", "corpus");

    @Test
    void domainPackagesImportNeitherLanternaNorJdbc() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : PURE) {
            Path dir = TestFiles.root().resolve("src/main/java/mizan/" + pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        if (line.startsWith("import") && (line.contains("com.googlecode.lanterna")
                                || line.contains("java.sql") || line.contains("org.sqlite"))) {
                            offences.add(TestFiles.root().relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theModelAndTextPackagesDependOnNoOtherMizanPackage() throws IOException {
        for (String pkg : List.of("model", "text")) {
            try (Stream<Path> files = Files.walk(TestFiles.root().resolve("src/main/java/mizan/" + pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readAllLines(f)).as(f.toString())
                            .noneMatch(l -> l.startsWith("import mizan.") && !l.startsWith("import mizan." + pkg + "."));
                }
            }
        }
    }
}
