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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        for (int i = 0; i < files.size(); i++) {
            progress.update(i, files.size(), files.get(i).toString());
            importFile(files.get(i));
        }
        flush();
        progress.update(files.size(), files.size(), "");
        return report;
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

    private void importFile(Path file) {
        report.filesRead++;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                importJsonl(file);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            Decoded decoded = Encodings.decode(bytes, file.toString());
            add(DocumentText.parse(decoded.text(), file.toString(), decoded.charset(), null), file.toString());
        } catch (EncodingException e) {
            report.reject(file.toString(), e.reason());
        } catch (IOException e) {
            report.reject(file.toString(), "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            report.reject(file.toString(), "too large for the Java heap; run with a larger -Xmx (MIZAN_JAVA_OPTS)");
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
