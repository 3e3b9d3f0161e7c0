package mizan.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.model.Document;
import mizan.model.Paragraph;
import mizan.store.Documents;
import mizan.text.Decoded;
import mizan.text.EncodingException;
import mizan.text.Encodings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * document per line ({@code {"id", "text", "meta"}}). A bad input is reported and skipped; the
 * rest of the batch still imports.
 */
public final class Importer {

    /** Paragraphs gathered before one durable commit: a commit per file would dominate bulk imports. */
    private static final int BATCH_PARAGRAPHS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** A text file read and split off the importing thread, or why it could not be. */
    private record Parsed(DocumentText.Parsed document, String rejected) { }

    private static Parsed parseText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Decoded decoded = Encodings.decode(bytes, file.toString());
            return new Parsed(DocumentText.parse(decoded.text(), file.toString(), decoded.charset(), null), null);
        } catch (EncodingException e) {
            return new Parsed(null, e.reason());
        } catch (IOException e) {
            return new Parsed(null, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Parsed(null, "too large for the Java heap; run with a larger -Xmx (MIZAN_JAVA_OPTS)");
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
                report.reject(p.toString(), "cannot read the folder: " + e.getMessage());
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
                report.reject(file.toString(), "cannot read: " + e.getMessage());
            }
        } else if (parsed.rejected() != null) {
            report.reject(file.toString(), parsed.rejected());
        } else {
            add(parsed.document(), file.toString());
        }
    }

    private void importJsonl(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + lineNo;
                try {
                    JsonNode doc = JSON.readTree(line);
                    if (doc == null || !doc.isObject()) {
                        report.reject(where, "expected a JSON object with \"text\"");
                        continue;
                    }
                    JsonNode text = doc.get("text");
                    if (text == null || !text.isTextual()) {
                        report.reject(where, "missing \"text\" (a string)");
                        continue;
                    }
                    JsonNode meta = doc.get("meta");
                    if (meta != null && !meta.isNull() && !meta.isObject()) {
                        report.reject(where, "\"meta\" must be an object");
                        continue;
                    }
                    String id = doc.hasNonNull("id") ? doc.get("id").asText() : String.valueOf(lineNo);
                    String body = text.asText().replace("\r\n", "\n").replace('\r', '\n');
                    add(DocumentText.parse(body, file + "#" + id, "UTF-8",
                            meta == null || meta.isNull() ? null : meta.toString()), where);
                } catch (JsonProcessingException e) {
                    report.reject(where, "malformed JSON: " + e.getOriginalMessage());
                }
            }
        } catch (CharacterCodingException e) {
            report.reject(file.toString(), "not valid UTF-8 (JSONL files must be UTF-8)");
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
