package mizan.app;

import mizan.TestFiles;
import mizan.export.Cli;
import mizan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    /** Runs mizan in-process through {@link Cli}, which keeps and checks every message it prints. */
    static Result mizan(String... args) {
        Cli.Result r = Cli.mizan(args);
        return new Result(r.exit(), r.out(), r.err());
    }

    @Test
    void aBinaryAndAnEmptyFileAreReportedByNameAndSkippedWhileTheRestImports() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestFiles.seeds().resolve("000_a85c5ca27367db1f.txt"), in.resolve("article.txt"));
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, 0, png, 0, 12);
        Files.write(in.resolve("picture.png"), png);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path db = dir.resolve("m.db");

        Result r = mizan("import", "--db", db.toString(), in.toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains("imported 1 document(s)")
                .contains(in.resolve("picture.png") + ": ").contains(in.resolve("empty.txt") + ": ");
        assertThat(r.out().lines().filter(l -> l.contains("picture.png")).findFirst().orElseThrow()).contains("binary");
        assertThat(r.out().lines().filter(l -> l.contains("empty.txt")).findFirst().orElseThrow()).contains("empty");
        try (Store s = Store.open(db)) {
            assertThat(s.documents().count()).isEqualTo(1);
        }
    }

    @Test
    void aMissingPathIsAnErrorThatNamesIt() {
        Result r = mizan("import", "--db", dir.resolve("m.db").toString(), dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains("nope.txt: no such file or folder");
    }

    @Test
    void statusCountsDocumentsParagraphsAndBoilerplate() {
        Path db = dir.resolve("m.db");
        assertThat(mizan("import", "--db", db.toString(), TestFiles.seeds().toString()).exit()).isZero();
        Result r = mizan("status", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("documents    5").containsPattern("paragraphs   \\d+ to label, 28 boilerplate");
    }

    @Test
    void aThreeMegabyteParagraphImportsAsOneParagraphInASmallHeap() throws Exception {
        String sentence = "ويحتاج بوتين إلى المزيد من الذخائر لتغذية حربه ضد أوكرانيا، بحسب محللين. ";
        StringBuilder big = new StringBuilder("عنوان طويل\n");
        while (big.toString().getBytes(StandardCharsets.UTF_8).length < 3_000_000) {
            big.append(sentence.repeat(500));
        }
        Path file = dir.resolve("big.txt");
        Files.writeString(file, big.toString().strip() + "\n");
        assertThat(Files.size(file)).isGreaterThan(3_000_000);
        Path db = dir.resolve("m.db");
        // A child JVM with a 64 MB heap: far below the default heap of any machine mizan runs on.
        Process p = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "--db", db.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.log"))).isZero();
        try (Store s = Store.open(db)) {
            var doc = s.documents().list().get(0);
            var paragraphs = s.documents().paragraphs(doc.id());
            assertThat(paragraphs).hasSize(2);
            assertThat(paragraphs.get(1).text().length()).isGreaterThan(1_500_000);
        }
    }
}
