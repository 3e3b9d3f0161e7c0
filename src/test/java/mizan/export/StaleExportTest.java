package mizan.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A killed export leaves its hidden {@code .partial-*} folder behind; the next export removes it,
 * but never the folder of an export that is still running.
 */
class StaleExportTest {

    @TempDir
    Path dir;

    @Test
    void theNextExportRemovesAKilledExportsFolderAndLeavesARunningOnesAlone() throws Exception {
        ExportFixture.labeled(dir).close();
        Cli cli = new Cli(dir);
        Process running = start(cli.exports(), "wait");
        try {
            Path live = firstLine(running);
            Path killed = startExport(cli.exports(), "die");
            assertThat(killed).isDirectory().isNotEqualTo(live);
            assertThat(live).as("an export does not remove a running export's folder").isDirectory();

            Cli.Result r = cli.run("export");

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(killed).doesNotExist();
            assertThat(Path.of(killed + ExportClaim.SUFFIX)).doesNotExist();
            assertThat(r.out()).contains("removed 1 unfinished folder(s) left by exports that were stopped: "
                    + killed.getFileName());
            assertThat(live).as("a running export's folder").isDirectory();
            assertThat(live.resolve("master.jsonl")).isRegularFile();
            assertThat(cli.exports().resolve("latest").resolve("master.jsonl")).isRegularFile();

            running.destroyForcibly().waitFor();
            assertThat(cli.run("export").exit()).isZero();
            assertThat(live).as("once its process is gone").doesNotExist();
            assertThat(partials(cli.exports())).isEmpty();
        } finally {
            running.destroyForcibly().waitFor();
        }
    }

    @Test
    void aClaimWhosePidNowBelongsToAnotherProcessDoesNotKeepTheFolder() throws Exception {
        ExportFixture.labeled(dir).close();
        Cli cli = new Cli(dir);
        Path stale = Files.createDirectories(cli.exports().resolve(ExportFolder.PARTIAL + "20240101T000000Z"));
        Files.writeString(stale.resolve("master.jsonl"), "{}\n");
        // this process's id, with a start time that is not this process's: the id was reused
        Files.writeString(Path.of(stale + ExportClaim.SUFFIX), ProcessHandle.current().pid() + " 2001-01-01T00:00:00Z\n");
        Path mine = Files.createDirectories(cli.exports().resolve(ExportFolder.PARTIAL + "20240101T000001Z"));
        Files.writeString(Path.of(mine + ExportClaim.SUFFIX), ExportClaim.line(ProcessHandle.current()));
        Path older = Files.createDirectories(cli.exports().resolve(ExportFolder.PARTIAL + "20230101T000000Z"));

        assertThat(cli.run("export").exit()).isZero();

        assertThat(stale).doesNotExist();
        assertThat(older).as("left by a mizan from before claims").doesNotExist();
        assertThat(mine).as("claimed by this process, which is alive").isDirectory();
    }

    private static Path startExport(Path exports, String how) throws Exception {
        Process p = start(exports, how);
        Path work = firstLine(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        return work;
    }

    private static Process start(Path exports, String how) throws Exception {
        return new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), StoppedExport.class.getName(), exports.toString(), how)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static Path firstLine(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the stopped export's partial folder").isNotNull();
        return Path.of(line);
    }

    private static java.util.List<Path> partials(Path exports) throws Exception {
        try (Stream<Path> list = Files.list(exports)) {
            return list.filter(p -> p.getFileName().toString().startsWith(ExportFolder.PARTIAL)).toList();
        }
    }
}
