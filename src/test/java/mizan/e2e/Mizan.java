package mizan.e2e;

import mizan.TestFiles;

import java.nio.file.Path;

/** How end-to-end tests start the packaged mizan. */
final class Mizan {

    private Mizan() {
    }

    static Path jar() {
        String jar = System.getProperty("mizan.jar");
        return Path.of(jar != null ? jar : TestFiles.root().resolve("target/mizan.jar").toString()).toAbsolutePath();
    }

    /**
     * Makes an empty project database with the packaged {@code mizan init}: only init, import and the
     * workbench on ./mizan.db create one. The workbench then imports the sample corpus into it.
     */
    static Path init(Path db) throws java.io.IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-jar", jar().toString(), "init", "--db", db.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError("mizan init --db " + db + " failed: " + out);
        }
        return db;
    }

    /** A shell command line that runs mizan with arguments, replacing the shell (so the pane's pid is mizan's). */
    static String command(Path db, String... args) {
        StringBuilder b = new StringBuilder("exec env MIZAN_SEEDS=" + Tmux.shellQuote(TestFiles.seeds().toString())
                + " MIZAN_DB=" + Tmux.shellQuote(db.toString()) + " java -jar " + Tmux.shellQuote(jar().toString()));
        for (String a : args) {
            b.append(' ').append(Tmux.shellQuote(a));
        }
        return b.append(" 2>>").append(Tmux.shellQuote(db.resolveSibling("stderr.log").toString())).toString();
    }
}
