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
