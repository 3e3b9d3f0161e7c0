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
    void theWorkbenchsPureCoreImportsNeitherTheStoreNorTheTerminalLibrary() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.root().resolve("src/main/java/mizan/tui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.contains("mizan.store.") || line.contains("com.googlecode.lanterna") || line.contains("java.sql")
                            || line.contains("mizan.tui.runtime") || line.contains("mizan.app.")) {
                        offences.add(TestFiles.root().relativize(f) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(offences).as("state, update, view and layout do no I/O; the runtime package does").isEmpty();
    }

    @Test
    void theFilesTheArchitectureDocumentNamesExist() throws IOException {
        String doc = Files.readString(TestFiles.root().resolve("docs/architecture.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`((?:src/test/java/mizan/)?[a-z/]+/[A-Za-z]+\\.java)`")
                .matcher(doc);
        int named = 0;
        while (m.find()) {
            String f = m.group(1);
            Path p = f.startsWith("src/") ? TestFiles.root().resolve(f) : TestFiles.root().resolve("src/main/java/mizan/" + f);
            assertThat(p).as("docs/architecture.md names " + f).exists();
            named++;
        }
        assertThat(named).as("files named on the keystroke route").isGreaterThan(20);
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
