package mizan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import mizan.model.AnnotationSet;
import mizan.model.Annotator;
import mizan.model.FileProblem;
import mizan.model.Json;
import mizan.model.LabelScheme;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.model.SpanKey;
import mizan.text.Utf8Lines;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code import-annotations}: reads master or doccano JSONL, matches each line to a paragraph,
 * checks it, and hands the labels to the store in batches. A line that matches no paragraph, or
 * whose spans do not fit or do not slice to their stated text, is reported as FILE:LINE and
 * skipped; the rest is imported. Labels replace the owner's labels on that paragraph, so
 * importing a file again, corrected, never duplicates anything.
 *
 * <p>Lines are read strictly: each is decoded on its own (a line that is not UTF-8 is refused, the
 * next ones read), a member given twice or of the wrong type is refused ({@link AnnotationLine}),
 * and a paragraph is given once per owner in a file: a second line for it is refused rather than
 * silently replacing the first. The same span given twice on a line is stored once (the store
 * keeps a label once); that is reported as a note, not refused.
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

    /**
     * What was imported and what was refused (problems as FILE:LINE: message, at most 100 kept).
     *
     * @param repeats spans given twice (or more) on their line and stored once, counting each extra copy
     * @param notes   where those repeats were, as FILE:LINE: message (at most 100 kept)
     */
    public record Report(int lines, int imported, int changed, int refused, List<String> problems, Set<String> owners,
                         int repeats, List<String> notes) {
    }

    private static final int BATCH = 2_000;
    private static final int KEEP_PROBLEMS = 100;

    private final Paragraphs paragraphs;
    private final Sink sink;
    private final LineCheck check;
    /** Per owner and document, the file line that gave each paragraph (by index), 0 where none did. */
    private final Map<String, Map<String, int[]>> givenOn = new HashMap<>();

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
        List<Matched> batch = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> owners = new TreeSet<>();
        int lines = 0;
        int imported = 0;
        int changed = 0;
        int refused = 0;
        int repeats = 0;
        givenOn.clear();
        try (Utf8Lines in = Utf8Lines.open(file)) {
            for (Utf8Lines.Line raw = in.next(); raw != null; raw = in.next()) {
                lines = raw.number();
                if (raw.text() != null && raw.text().isBlank()) {
                    continue;
                }
                String where = file + ":" + lines + ": ";
                try {
                    if (raw.problem() != null) {
                        throw new ExportException(raw.problem());
                    }
                    AnnotationLine line = AnnotationLine.parse(Json.readTree(raw.text()));
                    Matched m = match(line, as, lines);
                    batch.add(m);
                    owners.add(m.owner());
                    imported++;
                    String repeated = repeated(line.spans());
                    if (repeated != null) {
                        repeats += line.spans().size() - SpanKey.multiset(line.spans()).size();
                        keep(notes, where + repeated);
                    }
                } catch (ExportException | JsonProcessingException e) {
                    refused++;
                    keep(problems, where + (e instanceof JsonProcessingException j ? Json.problem(j) : e.getMessage()));
                }
                if (batch.size() >= BATCH) {
                    changed += sink.write(batch);
                    batch.clear();
                }
            }
        } catch (NoSuchFileException e) {
            throw new ExportException(file + ": no such file");
        } catch (IOException e) {
            throw new ExportException(file + ": cannot read: " + FileProblem.why(e), e);
        }
        if (!batch.isEmpty()) {
            changed += sink.write(batch);
        }
        return new Report(lines, imported, changed, refused, List.copyOf(problems), owners, repeats, List.copyOf(notes));
    }

    private static void keep(List<String> messages, String message) {
        if (messages.size() < KEEP_PROBLEMS) {
            messages.add(message);
        }
    }

    /** Names the spans a line gives more than once, or null when it gives each once. */
    private static String repeated(List<Span> spans) {
        Map<Object, Integer> counts = SpanKey.multiset(spans);
        if (counts.size() == spans.size()) {
            return null;
        }
        List<String> named = new ArrayList<>();
        for (Span s : spans) {
            Integer n = counts.remove(SpanKey.of(s, spans));
            if (n != null && n > 1) {
                named.add(LineCheck.describe(s) + (n == 2 ? " twice" : " " + n + " times"));
            }
        }
        return "the line gives " + String.join(", ", named) + "; the same label is stored once";
    }

    /** Refuses a second line for a paragraph and owner, naming the line that gave it first. */
    private void once(Paragraph p, String owner, int lineNo) {
        int[] lines = givenOn.computeIfAbsent(owner, o -> new HashMap<>()).compute(p.docId(),
                (d, seen) -> seen == null ? new int[p.index() + 1]
                        : seen.length > p.index() ? seen : Arrays.copyOf(seen, p.index() + 1));
        if (lines[p.index()] != 0) {
            throw new ExportException("paragraph " + p.id() + " is given again for " + owner + " (first on line "
                    + lines[p.index()] + "); a file gives a paragraph once per annotator: keep the right line and"
                    + " import the file again");
        }
        lines[p.index()] = lineNo;
    }

    private Matched match(AnnotationLine line, String as, int lineNo) {
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
        once(p, owner, lineNo);
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
