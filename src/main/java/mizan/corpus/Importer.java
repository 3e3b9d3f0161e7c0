package mizan.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import mizan.model.Document;
import mizan.model.FileProblem;
import mizan.model.Json;
import mizan.model.Paragraph;
import mizan.store.Documents;
import mizan.text.Decoded;
import mizan.text.EncodingException;
import mizan.text.Encodings;
import mizan.text.Utf8Lines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Imports files and folders (recursively) into the store. Plain-text files in any of the
 * encodings {@link Encodings} recognises become one document each; {@code .jsonl} files hold one
 * document per line ({@code {"id", "text", "meta"}}), each line decoded and parsed on its own. A
 * bad input (a file, or one line of a JSONL file) is reported with FILE or FILE:LINE and skipped;
 * the rest of the batch still imports. Text with a control character is refused whole
 * ({@link DocumentText}), never imported in part.
 */
public final class Importer {

    /** Paragraphs gathered before one durable commit: a commit per file would dominate bulk imports. */
    private static final int BATCH_PARAGRAPHS = 20_000;
    /**
     * Text files are decoded, normalised and classified on other threads (one core left to this
     * one, which writes to the database); at most this many files and bytes are read ahead.
     */
    private static final int AHEAD_FILES = 1_024;
    private static final long AHEAD_BYTES = 64L << 20;
    private static final int PARSERS = Math.max(1, java.lang.Runtime.getRuntime().availableProcessors() - 1);

    /** Told after each file, for a progress bar. */
    public interface Progress {
        void update(int filesDone, int filesTotal, String current);

        Progress NONE = (d, t, c) -> { };
    }

    private final Documents documents;
    private final Progress progress;
    private final ImportReport report = new ImportReport();
    private final List<DocumentText.Parsed> pending = new ArrayList<>();
    private int pendingParagraphs;

    public Importer(Documents documents, Progress progress) {
        this.documents = documents;
        this.progress = progress;
    }

    public ImportReport importPaths(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            collect(p, files);
        }
        ExecutorService parsers = Executors.newFixedThreadPool(PARSERS, r -> {
            Thread t = new Thread(r, "mizan-import-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Parsed>> ahead = new ArrayDeque<>();
            long aheadBytes = 0;
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && (next == i || (ahead.size() < AHEAD_FILES && aheadBytes < AHEAD_BYTES))) {
                    Path f = files.get(next++);
                    aheadBytes += size(f);
                    ahead.add(isJsonl(f) ? CompletableFuture.completedFuture(null) : parsers.submit(() -> parseText(f)));
                }
                progress.update(i, files.size(), files.get(i).toString());
                aheadBytes -= size(files.get(i));
                importFile(files.get(i), await(ahead.poll()));
            }
        } finally {
            parsers.shutdownNow();
        }
        flush();
        progress.update(files.size(), files.size(), "");
        return report;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isJsonl(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static Parsed await(Future<Parsed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A text file read and split off the importing thread, or where (FILE or FILE:LINE) and why it could not be. */
    private record Parsed(DocumentText.Parsed document, String where, String rejected) {
        static Parsed refused(Path file, String reason) {
            return new Parsed(null, file.toString(), reason);
        }
    }

    private static Parsed parseText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Decoded decoded = Encodings.decode(bytes, file.toString());
            return new Parsed(DocumentText.parse(decoded.text(), file.toString(), decoded.charset(), null), null, null);
        } catch (DocumentText.Refused e) {
            // Decoding keeps the file's lines (CRLF and CR fold to one LF each), so the text's line is the file's.
            return new Parsed(null, file + ":" + e.where().line(), e.where().character() + " at column "
                    + e.where().column() + "; " + DocumentText.REMEDY);
        } catch (EncodingException e) {
            return Parsed.refused(file, e.reason());
        } catch (IOException e) {
            return Parsed.refused(file, "cannot read: " + FileProblem.why(e));
        } catch (OutOfMemoryError e) {
            return Parsed.refused(file, "too large for the Java heap; run with a larger -Xmx (MIZAN_JAVA_OPTS)");
        }
    }

    private void collect(Path p, List<Path> out) {
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                report.reject(p.toString(), "cannot read the folder: " + FileProblem.why(e));
            }
        } else if (Files.isRegularFile(p)) {
            out.add(p);
        } else if (Files.exists(p)) {
            report.reject(p.toString(), "not a regular file or folder");
        } else {
            report.reject(p.toString(), "no such file or folder");
        }
    }

    /** Stores a parsed text file, or reads a JSONL file here (it flushes as it goes, however long it is). */
    private void importFile(Path file, Parsed parsed) {
        report.filesRead++;
        if (parsed == null) {
            try {
                importJsonl(file);
            } catch (IOException e) {
                report.reject(file.toString(), "cannot read: " + FileProblem.why(e));
            }
        } else if (parsed.rejected() != null) {
            report.reject(parsed.where(), parsed.rejected());
        } else {
            add(parsed.document(), file.toString());
        }
    }

    private void importJsonl(Path file) throws IOException {
        try (Utf8Lines in = Utf8Lines.open(file)) {
            for (Utf8Lines.Line line = in.next(); line != null; line = in.next()) {
                String where = file + ":" + line.number();
                if (line.problem() != null) {
                    report.reject(where, line.problem());
                } else if (!line.text().isBlank()) {
                    String refused = jsonlDocument(file, line, where);
                    if (refused != null) {
                        report.reject(where, refused);
                    }
                }
            }
        }
    }

    /** Imports one JSONL line; returns why it was refused, or null. */
    private String jsonlDocument(Path file, Utf8Lines.Line line, String where) {
        JsonNode doc;
        try {
            doc = Json.readTree(line.text());
        } catch (JsonProcessingException e) {
            return Json.problem(e);
        }
        if (doc == null || !doc.isObject()) {
            return "expected a JSON object with \"text\"";
        }
        JsonNode text = doc.get("text");
        if (text == null || !text.isTextual()) {
            return "missing \"text\" (a string)";
        }
        JsonNode meta = doc.get("meta");
        if (meta != null && !meta.isNull() && !meta.isObject()) {
            return "\"meta\" must be an object";
        }
        JsonNode idNode = doc.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
            return "\"id\" is " + Json.show(idNode) + ": give a string or a whole number, or leave it out";
        }
        String id = doc.hasNonNull("id") ? idNode.asText() : String.valueOf(line.number());
        DocumentText.Unstorable badId = DocumentText.firstUnstorable(id);
        if (badId != null) {
            return "\"id\" holds " + badId.character() + "; " + DocumentText.REMEDY;
        }
        String body = text.asText().replace("\r\n", "\n").replace('\r', '\n');
        try {
            add(DocumentText.parse(body, file + "#" + id, "UTF-8",
                    meta == null || meta.isNull() ? null : meta.toString()), where);
            return null;
        } catch (DocumentText.Refused e) {
            return "\"text\" holds " + e.where().character() + " at line " + e.where().line() + ", column "
                    + e.where().column() + " of the text; " + DocumentText.REMEDY;
        }
    }

    private void add(DocumentText.Parsed parsed, String where) {
        if (parsed.paragraphs().isEmpty()) {
            report.reject(where, "empty: no text to import");
            return;
        }
        pending.add(parsed);
        pendingParagraphs += parsed.paragraphs().size();
        if (pendingParagraphs >= BATCH_PARAGRAPHS) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>(pending.size());
        List<List<Paragraph>> paragraphs = new ArrayList<>(pending.size());
        for (DocumentText.Parsed p : pending) {
            docs.add(p.document());
            paragraphs.add(p.paragraphs());
        }
        boolean[] added = documents.addAll(docs, paragraphs);
        for (int i = 0; i < added.length; i++) {
            if (added[i]) {
                report.documentsAdded++;
                report.paragraphsAdded += pending.get(i).paragraphs().size();
                report.boilerplateAdded += pending.get(i).boilerplateCount();
            } else {
                report.documentsPresent++;
            }
        }
        pending.clear();
        pendingParagraphs = 0;
    }
}
