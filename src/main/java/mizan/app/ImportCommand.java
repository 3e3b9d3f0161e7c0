package mizan.app;

import mizan.corpus.ImportReport;
import mizan.corpus.Importer;
import mizan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mizan import PATH...}: files and folders of Arabic text into the project database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import documents: plain-text files (UTF-8 with or without BOM, UTF-16 with BOM,",
                "windows-1256, ISO-8859-6) and .jsonl files ({\"id\", \"text\", \"meta\"} per line); folders are",
                "read recursively. A paragraph is a non-blank line, the first line the title. The same content",
                "imported twice is one document. Exits 1 when any input was rejected; the rest is imported."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.create()) {
            ImportReport report = run(store, paths);
            spec.commandLine().getOut().print(report.summary());
            spec.commandLine().getOut().flush();
            return report.rejected().isEmpty() ? 0 : 1;
        }
    }

    static ImportReport run(Store store, List<Path> paths) {
        ProgressBar bar = new ProgressBar("importing");
        ImportReport report = new Importer(store.documents(), bar::update).importPaths(paths);
        bar.finish();
        return report;
    }
}
