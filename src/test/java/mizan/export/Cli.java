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
import java.util.stream.Stream;

/** Runs mizan commands in-process against a test project, and reads what exports wrote. */
final class Cli {

    record Result(int exit, String out, String err) {
    }

    private final Path dir;

    Cli(Path dir) {
        this.dir = dir;
    }

    Path db() {
        return dir.resolve("mizan.db");
    }

    Path exports() {
        return dir.resolve("exports");
    }

    Result run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--db", db().toString()));
        if (command.equals("export") && !List.of(more).contains("--out")) {
            args.addAll(List.of("--out", exports().toString()));
        }
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
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
