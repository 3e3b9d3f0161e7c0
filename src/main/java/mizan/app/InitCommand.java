package mizan.app;

import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mizan init}: create the project database, optionally with the project's own label scheme. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create (or upgrade) the project database. With --labels, validate and install a label",
                "scheme (JSON, same layout as the built-in one) in place of the default."})
final class InitCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--labels", paramLabel = "FILE", description = "A labels.json to install.")
    Path labels;

    @Option(names = "--print-default-labels", description = "Print the built-in label scheme (a starting point) and exit.")
    boolean printDefault;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (printDefault) {
            spec.commandLine().getOut().print(mizan.model.LabelScheme.defaults().json());
            spec.commandLine().getOut().flush();
            return 0;
        }
        try (Store store = storeOptions.create()) {
            if (labels != null) {
                String json;
                try {
                    json = Files.readString(labels, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UserException(labels + ": cannot read the label scheme: " + e.getMessage());
                }
                store.settings().installLabelScheme(json, labels.toString());
                spec.commandLine().getOut().printf("installed label scheme '%s' from %s%n",
                        store.settings().labelScheme().name(), labels);
            }
            spec.commandLine().getOut().printf("database %s is ready (schema version %d)%n", store.path(),
                    mizan.store.Schema.version());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
