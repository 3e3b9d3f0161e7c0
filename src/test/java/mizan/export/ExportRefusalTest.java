package mizan.export;

import mizan.Mounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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
        try (Mounts readOnly = Mounts.readOnly(exports)) {
            Cli.Result r = new Cli(dir).run("export");
            assertThat(r.exit()).isNotZero();
            assertThat(r.err()).contains("cannot write the export in " + exports.toAbsolutePath() + ": the folder "
                    + exports.toAbsolutePath() + " is not writable (read-only or no permission); choose another with --out DIR");
            try (Stream<Path> left = Files.list(exports)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void anExportsFolderThatCannotBeMadeIsNamed() throws Exception {
        ExportFixture.labeled(dir).close();
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Cli.Result r = new Cli(dir).run("export", "--out", file.resolve("exports").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("cannot write the export in " + file.resolve("exports").toAbsolutePath() + ": "
                + file.toAbsolutePath() + " already exists and is a file, not a folder").contains("nothing was exported");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aFileGivenAsTheExportsFolderIsCalledAFile() throws Exception {
        ExportFixture.labeled(dir).close();
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Cli.Result r = new Cli(dir).run("export", "--out", file.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).isEqualTo("mizan: cannot write the export in " + file.toAbsolutePath() + ": "
                + file.toAbsolutePath() + " already exists and is a file, not a folder; choose another with --out DIR;"
                + " nothing was exported\n");
    }

    @Test
    void aDiskThatFillsUpDuringTheExportIsSaidInWordsAndLeavesNothing() throws Exception {
        ExportFixture.labeled(dir).close();
        Path exports = new Cli(dir).exports();
        try (Mounts disk = Mounts.smallDisk(exports, 64)) {
            Files.write(exports.resolve("filler"), new byte[13 * 4096]); // three 4 KB pages left
            Cli.Result r = new Cli(dir).run("export");
            assertThat(r.exit()).isNotZero();
            assertThat(r.err()).isEqualTo("mizan: cannot write the export in " + exports.toAbsolutePath()
                    + ": the disk is full; free some space and export again; nothing was exported\n");
            try (Stream<Path> left = Files.list(exports)) {
                assertThat(left).containsExactly(exports.resolve("filler"));
            }
        }
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
