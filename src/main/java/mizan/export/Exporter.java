package mizan.export;

import mizan.model.LabelScheme;
import mizan.model.LabeledParagraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One export: a single streaming pass over the paragraphs feeds every requested format from the
 * same lines. Lines are grouped by document (the stream keeps a document's paragraphs together),
 * each document is assigned a split, every line is checked, then written: reading and checking
 * on one thread, tagging and writing on another ({@link Handoff}). Everything goes to a hidden
 * folder that is renamed into place only when all is written and checked ({@link ExportFolder}).
 */
public final class Exporter {

    /** The paragraphs with their labels, a document's paragraphs together; the store provides them. */
    public interface Paragraphs {
        long count();

        void stream(String onlyAnnotator, Consumer<LabeledParagraph> sink);
    }

    /** What an export produced. */
    public record Result(Path folder, int documents, int paragraphs, String summary) {
    }

    private final ExportOptions options;
    private final LabelScheme scheme;
    private final AgreementSummary agreement;
    private final Paragraphs paragraphs;
    private final ProgressListener progress;

    /** Told how far the export has come, for a progress bar. */
    public interface ProgressListener {
        void update(long done, long total);
    }

    public Exporter(ExportOptions options, LabelScheme scheme, AgreementSummary agreement, Paragraphs paragraphs,
                    ProgressListener progress) {
        this.options = options;
        this.scheme = scheme;
        this.agreement = agreement;
        this.paragraphs = paragraphs;
        this.progress = progress;
    }

    public Result run() {
        ExportFolder folder = ExportFolder.create(options.root());
        try {
            Stats stats = new Stats();
            Set<String> annotators = new TreeSet<>();
            try (Writers writers = Writers.open(folder.work(), options, scheme, stats)) {
                stream(writers, annotators);
            }
            if (stats.total(c -> c.paragraphs) == 0) {
                throw new ExportException("nothing to export: no paragraph holds " + options.source().describe()
                        + (options.includeBoilerplate() ? "" : " (boilerplate left out; --include-boilerplate adds it)"));
            }
            CardFacts facts = new CardFacts(folder.name(), options, scheme, stats, agreement, annotators);
            if (options.formats().contains(Format.HF)) {
                DatasetCard.write(folder.work().resolve("hf").resolve("README.md"), facts);
            }
            Files.writeString(folder.work().resolve("export.json"), facts.manifestJson());
            Path done = folder.commit();
            return new Result(done, stats.total(c -> c.documents), stats.total(c -> c.paragraphs),
                    facts.summary() + leftovers(folder.removed()));
        } catch (IOException e) {
            folder.abandon();
            throw ExportFolder.explain(e, options.root());
        } catch (UncheckedIOException e) {
            folder.abandon();
            throw ExportFolder.explain(e.getCause(), options.root());
        } catch (RuntimeException | Error e) {
            folder.abandon();
            throw e;
        }
    }

    /** A line saying which folders of exports that were stopped this export removed, if any. */
    private static String leftovers(List<Path> removed) {
        if (removed.isEmpty()) {
            return "";
        }
        return "removed " + removed.size() + " unfinished folder(s) left by exports that were stopped: "
                + String.join(", ", removed.stream().map(p -> p.getFileName().toString()).toList()) + "\n";
    }

    private void stream(Writers writers, Set<String> annotators) {
        Resolver resolver = new Resolver(options.source(), new LineBuilder(scheme.targetIds()));
        Validator validator = new Validator(scheme);
        Splitter splitter = new Splitter(options.split(), options.seed());
        boolean tags = options.formats().contains(Format.CONLL) || options.formats().contains(Format.HF);
        long total = paragraphs.count();
        String only = options.source() instanceof Source.Annotator a ? a.name() : null;
        Handoff<Batch> handoff = new Handoff<>(64);
        handoff.run(emit -> {
            long[] done = {0};
            DocumentGroup group = new DocumentGroup(items -> {
                String docId = items.get(0).line().docId();
                List<ExportLine> lines = items.stream().map(DatasetWriter.Item::line).toList();
                emit.accept(new Batch(docId, splitter.assign(docId, lines), items));
            });
            paragraphs.stream(only, lp -> {
                handoff.checkpoint();
                agreement.observe(lp);
                for (ExportLine line : resolver.lines(lp)) {
                    if (line.boilerplate() && !options.includeBoilerplate()) {
                        continue;
                    }
                    annotators.addAll(line.annotators());
                    validator.check(line);
                    group.add(new DatasetWriter.Item(line, null, JsonText.quoted(line.text())));
                }
                if (++done[0] % 4096 == 0) {
                    progress.update(done[0], total);
                }
            });
            group.flush();
        }, batch -> writers.document(batch.docId(), batch.split(), prepared(batch.items(), validator, tags)));
        progress.update(total, total);
    }

    /**
     * Tokenizes and tags a document's lines and checks the tags, on the writing thread: the
     * reading thread is busy enough with SQLite, spans and JSON encoding.
     */
    private static List<DatasetWriter.Item> prepared(List<DatasetWriter.Item> items, Validator validator,
                                                     boolean tags) {
        if (!tags) {
            return items;
        }
        List<DatasetWriter.Item> out = new ArrayList<>(items.size());
        for (DatasetWriter.Item item : items) {
            Iob2.Tagged tagged = Iob2.tag(item.line());
            validator.check(item.line(), tagged);
            out.add(new DatasetWriter.Item(item.line(), tagged, item.textJson()));
        }
        return out;
    }

    /** One document's lines on their way to the writers. */
    private record Batch(String docId, Split split, List<DatasetWriter.Item> items) {
    }
}
