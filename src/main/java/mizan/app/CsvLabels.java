package mizan.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mizan.agreement.LabelMatrix;
import mizan.agreement.LabelMatrixBuilder;
import mizan.model.FileProblem;

/**
 * Ratings from a UTF-8 CSV file with a header naming the columns {@code item}, {@code annotator}
 * and {@code label} (any order, other columns ignored; an optional {@code document} column groups
 * items for the per-document breakdown). One row per rating; a missing rating is an absent row.
 * Fields follow RFC 4180: commas inside double quotes, {@code ""} for a quote.
 */
final class CsvLabels implements LabelSource {

    private final Path file;

    CsvLabels(Path file) {
        this.file = file;
    }

    @Override
    public LabelMatrix load() throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException("cannot read " + file + ": it is a folder, not a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("cannot read " + file + ": no such file");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (CharacterCodingException e) {
            throw new InputException(file + " is not UTF-8 text; save it as UTF-8 and try again");
        } catch (NoSuchFileException e) {
            throw new InputException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + FileProblem.why(e));
        }
    }

    private LabelMatrix read(BufferedReader in) throws IOException, InputException {
        String line = in.readLine();
        if (line == null) {
            throw new InputException(file + " is empty; expected a header line item,annotator,label");
        }
        List<String> header = split(line.startsWith("\uFEFF") ? line.substring(1) : line, 1);
        int item = column(header, "item");
        int annotator = column(header, "annotator");
        int label = column(header, "label");
        int document = header.indexOf("document");
        LabelMatrixBuilder builder = new LabelMatrixBuilder();
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> row = split(line, lineNo);
            if (row.size() != header.size()) {
                throw new InputException(where(lineNo) + ": expected " + header.size() + " fields ("
                        + String.join(",", header) + "), found " + row.size());
            }
            for (int c : new int[] {item, annotator, label}) {
                if (row.get(c).isEmpty()) {
                    throw new InputException(where(lineNo) + ": empty " + header.get(c)
                            + "; leave the row out for a missing rating");
                }
            }
            try {
                builder.add(row.get(item), row.get(annotator), row.get(label));
            } catch (IllegalArgumentException e) {
                throw new InputException(where(lineNo) + ": " + e.getMessage());
            }
            if (document >= 0 && !row.get(document).isEmpty()) {
                builder.group(row.get(item), row.get(document));
            }
        }
        return builder.build();
    }

    private String where(int lineNo) {
        return file + ":" + lineNo;
    }

    private int column(List<String> header, String name) throws InputException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new InputException(file + ":1: the header has no '" + name + "' column (found: "
                    + String.join(",", header) + "; expected item,annotator,label)");
        }
        return i;
    }

    /** Splits one line into fields; unquoted fields are trimmed, quoted ones kept verbatim. */
    private List<String> split(String line, int lineNo) throws InputException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new InputException(where(lineNo) + ": a quoted field is not closed");
                    }
                    char ch = line.charAt(i++);
                    if (ch == '"' && i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        break;
                    } else {
                        field.append(ch);
                    }
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new InputException(where(lineNo) + ": text after a closing quote at column " + (i + 1));
                }
                fields.add(field.toString());
            } else {
                int end = line.indexOf(',', i);
                end = end < 0 ? line.length() : end;
                fields.add(line.substring(i, end).trim());
                i = end;
            }
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }
}
