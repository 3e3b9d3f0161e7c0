package mizan.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Exports that cannot be made say why, name what is wrong, exit non-zero and leave nothing. */
class ExportRefusalTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownAnnotatorIsNamedWithTheAnnotatorsThatHaveLabels() {
        ExportFixture.labeled(dir).close();
        Cli.Result r = new Cli(dir).run("export", "--annotator", "zoe");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("unknown annotator 'zoe'").contains("alice, bob");
        assertThat(new Cli(dir).exports()).doesNotExist();
    }

    @Test
    void aReadOnlyExportsFolderIsNamedAndNothingIsWritten() throws Exception {
        ExportFixture.labeled(dir).close();
        Path exports = Files.createDirectories(new Cli(dir).exports());
        Files.setPosixFilePermissions(exports, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(exports), "running as a user who can write anywhere");
            Cli.Result r = new Cli(dir).run("export");
            assertThat(r.exit()).isNotZero();
            assertThat(r.err()).contains(exports.toAbsolutePath().toString()).contains("not writable");
            try (Stream<Path> left = Files.list(exports)) {
                assertThat(left).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(exports, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anExportsFolderThatCannotBeMadeIsNamed() throws Exception {
        ExportFixture.labeled(dir).close();
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Cli.Result r = new Cli(dir).run("export", "--out", file.resolve("exports").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("cannot write the export in " + file.resolve("exports").toAbsolutePath())
                .contains("nothing was exported");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aFullDiskIsExplainedWithTheFolder() {
        ExportException e = ExportFolder.explain(new IOException("No space left on device"), Path.of("exports"));
        assertThat(e.getMessage()).contains(Path.of("exports").toAbsolutePath().toString())
                .contains("the disk is full").contains("nothing was exported");
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingIsWritten() {
        ExportFixture.labeled(dir).close();
        Cli cli = new Cli(dir);
        assertThat(cli.run("export", "--split", "80,10").err()).contains("--split [80, 10]");
        assertThat(cli.run("export", "--format", "xml").err()).contains("unknown format 'xml'");
        assertThat(cli.run("export", "--policy", "loudest").err()).contains("--policy loudest");
        assertThat(cli.exports()).doesNotExist();
    }

    @Test
    void aProjectWithoutLabelsSaysSoAndLeavesNoFolder() throws IOException {
        Cli cli = new Cli(dir);
        mizan.store.Store.open(cli.db()).close();
        Cli.Result r = cli.run("export");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("nothing to export");
        try (Stream<Path> left = Files.list(cli.exports())) {
            assertThat(left).isEmpty();
        }
    }
}
