package mizan.export;

import mizan.app.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Runs mizan commands in-process against a test project, and reads what exports wrote. Every
 * run's output is kept in {@link #SAID}, and a run that prints a Java exception's name or a raw
 * SQLite code fails there and then: users read these words, and the tests that use this class
 * are the widest net over what commands say.
 */
public final class Cli {

    public record Result(int exit, String out, String err) {
    }

    /** What one command printed, with the command line that printed it. */
    public record Said(List<String> args, int exit, String out, String err) {
        public String text() {
            return out + err;
        }
    }

    /** Every run of every test in this JVM, in order. */
    public static final List<Said> SAID = new CopyOnWriteArrayList<>();

    /** Words that must never reach a user: Java's exception names and SQLite's result codes. */
    public static final List<String> FORBIDDEN = List.of("Exception", "SQLITE_");

    private final Path dir;

    public Cli(Path dir) {
        this.dir = dir;
    }

    public Path db() {
        return dir.resolve("mizan.db");
    }

    public Path exports() {
        return dir.resolve("exports");
    }

    public Result run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--db", db().toString()));
        if (command.equals("export") && !List.of(more).contains("--out")) {
            args.addAll(List.of("--out", exports().toString()));
        }
        args.addAll(List.of(more));
        return mizan(args.toArray(String[]::new));
    }

    /** Runs {@code mizan ARGS} exactly as given, recorded and checked like every run. */
    public static Result mizan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Said said = new Said(List.of(args), exit, out.toString(), err.toString());
        SAID.add(said);
        for (String word : FORBIDDEN) {
            if (said.text().contains(word)) {
                throw new AssertionError("mizan " + String.join(" ", args) + " printed \"" + word + "\" to its user:\n"
                        + said.text());
            }
        }
        return new Result(exit, said.out(), said.err());
    }

    /** Exports and returns the new folder, failing with the command's messages if it did not work. */
    Path export(String... more) {
        Result r = run("export", more);
        if (r.exit() != 0) {
            throw new AssertionError("export failed: " + r);
        }
        return exports().resolve(readLink());
    }

    private String readLink() {
        try {
            return Files.readSymbolicLink(exports().resolve("latest")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of an export folder, by relative path, as text. */
    static Map<String, String> files(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code text[start:end]} in code points, as Python slices. */
    static String slice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }
}
