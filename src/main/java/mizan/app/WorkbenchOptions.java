package mizan.app;

import picocli.CommandLine.Option;

/** Options of the workbench, shared by {@code mizan} and {@code mizan annotate}. */
public final class WorkbenchOptions {

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Who is labeling (default: the login name).")
    String annotator;

    String annotatorName() {
        if (annotator != null) {
            return annotator;
        }
        String user = System.getProperty("user.name");
        return user == null ? "annotator" : user.toLowerCase(java.util.Locale.ROOT);
    }
}
