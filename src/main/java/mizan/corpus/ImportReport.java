package mizan.corpus;

import java.util.ArrayList;
import java.util.List;

/** What an import did: counts, and every rejected input with the reason. */
public final class ImportReport {

    /** A file (or FILE:LINE of a JSONL file) that was not imported, and why. */
    public record Rejected(String where, String reason) {
    }

    int documentsAdded;
    int documentsPresent;
    int paragraphsAdded;
    int boilerplateAdded;
    int filesRead;
    final List<Rejected> rejected = new ArrayList<>();

    public int documentsAdded() {
        return documentsAdded;
    }

    public int documentsPresent() {
        return documentsPresent;
    }

    public int paragraphsAdded() {
        return paragraphsAdded;
    }

    public int boilerplateAdded() {
        return boilerplateAdded;
    }

    public int filesRead() {
        return filesRead;
    }

    public List<Rejected> rejected() {
        return List.copyOf(rejected);
    }

    void reject(String where, String reason) {
        rejected.add(new Rejected(where, reason));
    }

    /** The summary printed at the end of an import. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("imported %d document(s), %d paragraph(s) (%d boilerplate) from %d file(s)%n",
                documentsAdded, paragraphsAdded, boilerplateAdded, filesRead));
        if (documentsPresent > 0) {
            b.append(String.format("%d document(s) were already in the database and were skipped%n", documentsPresent));
        }
        if (!rejected.isEmpty()) {
            b.append(String.format("rejected %d input(s):%n", rejected.size()));
            for (Rejected r : rejected) {
                b.append("  ").append(r.where()).append(": ").append(r.reason()).append(System.lineSeparator());
            }
        }
        return b.toString();
    }
}
