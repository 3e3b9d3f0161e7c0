package mizan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mizan.model.AnnotationSet;
import mizan.model.Annotator;
import mizan.model.LabelScheme;
import mizan.model.Paragraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code import-annotations}: reads master or doccano JSONL, matches each line to a paragraph,
 * checks it, and hands the labels to the store in batches. A line that matches no paragraph, or
 * whose spans do not fit or do not slice to their stated text, is reported as FILE:LINE and
 * skipped; the rest is imported. Labels replace the owner's labels on that paragraph, so
 * importing a file again, corrected, never duplicates anything.
 */
public final class AnnotationImporter {

    /** Where lines find their paragraph. */
    public interface Paragraphs {
        List<Paragraph> byId(String id);

        List<Paragraph> byPosition(String docId, int index);

        List<Paragraph> byText(String text);
    }

    /** One paragraph's labels, for one owner, ready to store. */
    public record Matched(String paragraphId, String owner, AnnotationSet labels) {
    }

    /** Stores a batch; returns how many paragraphs changed. */
    public interface Sink {
        int write(List<Matched> batch);
    }

    /** What was imported and what was refused (problems as FILE:LINE: message, at most 100 kept). */
    public record Report(int lines, int imported, int changed, int refused, List<String> problems, Set<String> owners) {
    }

    private static final int BATCH = 2_000;
    private static final int KEEP_PROBLEMS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Paragraphs paragraphs;
    private final Sink sink;
    private final LineCheck check;

    public AnnotationImporter(Paragraphs paragraphs, Sink sink, LabelScheme scheme) {
        this.paragraphs = paragraphs;
        this.sink = sink;
        this.check = new LineCheck(scheme);
    }

    /** @param as the owner of every line, or null to take each line's single annotator */
    public Report run(Path file, String as) {
        if (as != null && (as.equals(Annotator.GOLD) || !Annotator.isValidName(as))) {
            throw new ExportException("--as " + as + ": not a name labels can be imported under; use lower-case"
                    + " letters, digits, '.', '_' or '-' (gold comes from adjudication in the workbench)");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        List<Matched> batch = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> owners = new TreeSet<>();
        int lines = 0;
        int imported = 0;
        int changed = 0;
        int refused = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            String raw;
            while ((raw = in.readLine()) != null) {
                lines++;
                if (raw.isBlank()) {
                    continue;
                }
                try {
                    Matched m = match(AnnotationLine.parse(JSON.readTree(raw)), as);
                    batch.add(m);
                    owners.add(m.owner());
                    imported++;
                } catch (ExportException | JsonProcessingException e) {
                    refused++;
                    if (problems.size() < KEEP_PROBLEMS) {
                        problems.add(file + ":" + lines + ": " + (e instanceof JsonProcessingException j
                                ? "malformed JSON: " + j.getOriginalMessage() : e.getMessage()));
                    }
                }
                if (batch.size() >= BATCH) {
                    changed += sink.write(batch);
                    batch.clear();
                }
            }
        } catch (NoSuchFileException e) {
            throw new ExportException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ExportException(file + ":" + (lines + 1) + ": not valid UTF-8 (annotation files must be UTF-8)");
        } catch (IOException e) {
            throw new ExportException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!batch.isEmpty()) {
            changed += sink.write(batch);
        }
        return new Report(lines, imported, changed, refused, List.copyOf(problems), owners);
    }

    private Matched match(AnnotationLine line, String as) {
        String owner = as;
        if (owner == null) {
            if (line.annotators().size() != 1) {
                throw new ExportException("the line names " + line.annotators().size() + " annotators "
                        + line.annotators() + "; say whose labels these are with --as NAME");
            }
            owner = line.annotators().get(0);
            if (owner.equals(Annotator.GOLD) || !Annotator.isValidName(owner)) {
                throw new ExportException("the line's annotator '" + owner + "' is not a name labels can be"
                        + " imported under; use --as NAME");
            }
        }
        Paragraph p = find(line);
        return new Matched(p.id(), owner, check.labels(line, p));
    }

    private Paragraph find(AnnotationLine line) {
        if (line.id() != null) {
            List<Paragraph> byId = paragraphs.byId(line.id());
            if (!byId.isEmpty()) {
                return LineCheck.sameText(line, byId.get(0), "id " + line.id());
            }
        }
        if (line.docId() != null && line.paraIndex() != null) {
            List<Paragraph> at = paragraphs.byPosition(line.docId(), line.paraIndex());
            if (!at.isEmpty()) {
                return LineCheck.sameText(line, at.get(0), "doc_id " + line.docId() + ", para_index " + line.paraIndex());
            }
        }
        List<Paragraph> byText = paragraphs.byText(line.text());
        if (byText.size() > 1) {
            throw new ExportException("the text is that of several paragraphs (" + byText.get(0).id() + ", "
                    + byText.get(1).id() + "...); give \"id\" or \"doc_id\" and \"para_index\" to say which");
        }
        if (byText.isEmpty()) {
            throw new ExportException("no paragraph matches the line: not by id, not by (doc_id, para_index), and"
                    + " no paragraph has exactly this text (is the document imported, and is the text NFC?)");
        }
        return byText.get(0);
    }
}
