package mizan.app;

import mizan.Mounts;
import mizan.TestFiles;
import mizan.export.Cli;
import mizan.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input fed to every command that reads a file or a value a person typed: each refusal names
 * the file or value and says what is wrong in words. Every message any command printed to a user
 * in this test run (this battery and every command test that runs through {@link Cli}) is then
 * searched for a Java exception's name or a raw SQLite code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserMessagesTest {

    @TempDir
    static Path dir;

    private static String db;
    private static Path missing;
    private static Path folder;
    private static Path empty;
    private static Path binary;
    private static Path brokenJson;
    private static Path brokenJsonl;
    private static Path aFile;

    @BeforeAll
    static void aProjectAndSomeBadFiles() throws Exception {
        db = dir.resolve("m.db").toString();
        assertThat(Cli.mizan("import", "--db", db, TestFiles.seeds().toString()).exit()).isZero();
        missing = dir.resolve("missing.json");
        folder = Files.createDirectories(dir.resolve("a-folder"));
        empty = Files.write(dir.resolve("empty.json"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, noise, 0, 8);
        binary = Files.write(dir.resolve("picture.json"), noise);
        brokenJson = Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"stance\": [", StandardCharsets.UTF_8);
        brokenJsonl = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"x\", \"text\": \n", StandardCharsets.UTF_8);
        aFile = Files.writeString(dir.resolve("afile"), "x");
    }

    /** A bad input: the command line, and what its message must name. */
    private record Case(String name, List<String> args, String named) {
        static Case of(String name, String named, String... args) {
            return new Case(name, List.of(args), named);
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Path bad : List.of(missing, folder, empty, binary, brokenJson)) {
            String n = bad.getFileName().toString();
            cases.add(Case.of("init --labels " + n, n, "init", "--db", db, "--labels", bad.toString()));
            cases.add(Case.of("annotate --keys " + n, n, "annotate", "--db", db, "--keys", bad.toString(), "--print-keys"));
            cases.add(Case.of("team add --key " + n, n, "team", "add", "zed", "--key", bad.toString(), "--db", db));
            cases.add(Case.of("agreement --input " + n, n, "agreement", "--input", bad.toString()));
        }
        for (Path bad : List.of(missing, binary, empty, brokenJsonl)) {
            String n = bad.getFileName().toString();
            cases.add(Case.of("import " + n, n, "import", "--db", db, bad.toString()));
        }
        for (Path bad : List.of(missing, folder, binary, brokenJsonl)) {
            String n = bad.getFileName().toString();
            cases.add(Case.of("import-annotations " + n, n, "import-annotations", "--db", db, bad.toString()));
        }
        for (Path bad : List.of(folder, binary)) { // a missing --db is MissingDatabaseTest's
            String n = bad.getFileName().toString();
            cases.add(Case.of("status --db " + n, n, "status", "--db", bad.toString()));
            cases.add(Case.of("log --db " + n, n, "log", "--db", bad.toString()));
        }
        cases.add(Case.of("export --annotator zoe", "zoe", "export", "--db", db, "--annotator", "zoe", "--out", exports()));
        cases.add(Case.of("export --out afile", aFile.toString(), "export", "--db", db, "--out", aFile.toString()));
        cases.add(Case.of("export --format xml", "xml", "export", "--db", db, "--format", "xml", "--out", exports()));
        cases.add(Case.of("export --policy loudest", "loudest", "export", "--db", db, "--policy", "loudest", "--out",
                exports()));
        cases.add(Case.of("assign --annotators zoe", "zoe", "assign", "--db", db, "--overlap", "2", "--annotators", "zoe"));
        cases.add(Case.of("team remove zoe", "zoe", "team", "remove", "zoe", "--db", db));
        cases.add(Case.of("agreement --target NOPE", "NOPE", "agreement", "--db", db, "--target", "NOPE"));
        cases.add(Case.of("serve --port 99999", "99999", "serve", "--db", db, "--port", "99999"));
        return cases;
    }

    private static String exports() {
        return dir.resolve("exports").toString();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyBadInputIsRefusedNamingTheFileOrValue() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Cli.Result r = Cli.mizan(c.args().toArray(String[]::new));
            String said = r.out() + r.err();
            assertThat(r.exit()).as(said).isNotZero();
            assertThat(said).as("mizan %s", String.join(" ", c.args())).contains(c.named());
        }));
    }

    @Test
    @Order(2)
    void aDatabaseInAReadOnlyFolderSaysWhichFolderAndWhy() throws Exception {
        Path project = Files.createDirectories(dir.resolve("read-only"));
        Path ro = project.resolve("m.db");
        Store.open(ro).close();
        try (Mounts m = Mounts.readOnly(project)) {
            Cli.Result r = Cli.mizan("status", "--db", ro.toString());
            assertThat(r.exit()).isNotZero();
            assertThat(r.err()).contains("the folder " + project.toAbsolutePath() + " is read-only: mizan needs to write"
                    + " the database and its -wal/-shm files beside it");
        }
    }

    @Test
    @Order(2)
    void aDatabaseOnAFullDiskSaysTheDiskIsFull() throws Exception {
        Path disk = dir.resolve("disk");
        try (Mounts m = Mounts.smallDisk(disk, 1024)) {
            Path full = disk.resolve("m.db");
            Store.open(full).close();
            Mounts.fill(disk);
            Cli.Result r = Cli.mizan("import", "--db", full.toString(), TestFiles.seeds().toString());
            assertThat(r.exit()).isNotZero();
            assertThat(r.err()).contains(full + ": ").contains("the disk is full: nothing was written; free some space"
                    + " and run it again");
        }
    }

    @Test
    @Order(3)
    void noMessageAnyCommandPrintedNamesAJavaExceptionOrASqliteCode() {
        assertThat(Cli.SAID).as("messages collected from this run's commands").hasSizeGreaterThan(cases().size());
        for (Cli.Said said : Cli.SAID) {
            for (String word : Cli.FORBIDDEN) {
                assertThat(said.text()).as("mizan %s", String.join(" ", said.args())).doesNotContain(word);
            }
        }
    }
}
