package mizan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures of one run, printed as an aligned table or as one JSON object. */
public final class Report {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> about;

    /** @param about what the run was: mode and sizes, written first in the JSON object */
    public Report(Map<String, Object> about) {
        this.about = new java.util.LinkedHashMap<>(about);
    }

    /** Adds a fact about the run (not a figure) to the JSON object and under the table. */
    public void note(String key, Object value) {
        about.put(key, value);
    }

    public void add(Figure f) {
        figures.add(f);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        about.forEach((k, v) -> root.set(k, mapper.valueToTree(v)));
        for (Figure f : figures) {
            if (f.value() == null) {
                root.putNull(f.key());
            } else {
                double v = f.value();
                root.put(f.key(), Math.round(v * 1000) / 1000.0);
            }
        }
        return root.toString();
    }

    public String table() {
        String[] head = {"figure", "value", "target", "", "key"};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        for (Figure f : figures) {
            String verdict = f.verdict();
            if (f.note() != null) {
                verdict = verdict.isEmpty() ? f.note() : verdict + " (" + f.note() + ")";
            }
            rows.add(new String[] {f.what(), f.formatted(), f.target().text(), verdict, f.key()});
        }
        int[] width = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = i == 1 ? " ".repeat(width[i] - r[i].length()) + r[i] : r[i] + " ".repeat(width[i] - r[i].length());
                line.append(cell).append(i + 1 < r.length ? "  " : "");
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        b.append('\n');
        about.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString();
    }
}
