package mizan.store;

import mizan.model.AnnotationSet;
import mizan.model.LabeledParagraph;
import mizan.model.Paragraph;
import mizan.model.Span;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every paragraph with all annotators' labels, read for exports in one streaming pass.
 *
 * <p>Five cursors (paragraphs, stance, spans, flags, gold) walk the database in the same order,
 * paragraph id, which every one of those tables has an index for: no sorting, no join, no query
 * per paragraph, and one paragraph in memory at a time. Stance and span rows come packed, a row
 * per paragraph ({@link PackedLabels}). The statements run together on one
 * connection, so they read one snapshot of the file even while annotators keep writing.
 */
public final class LabelViews {

    private final Store store;

    public LabelViews(Store store) {
        this.store = store;
    }

    /**
     * Streams paragraphs to {@code sink} in paragraph-id order: a document's paragraphs come
     * together (ids are the document id, '-' and the index), though not in index order
     * ({@code -10} before {@code -2}); readers that need text order sort a document's lines.
     *
     * @param onlyAnnotator read only this annotator's labels (and no gold), or null for everyone's
     */
    public void stream(String onlyAnnotator, Consumer<LabeledParagraph> sink) {
        store.read(() -> {
            String who = onlyAnnotator == null ? "" : " AND annotator = ?";
            try (OrderedRows paragraphs = rows("SELECT id, doc_id, para_index, text, boilerplate, boilerplate_rule"
                    + " FROM paragraphs ORDER BY id", null);
                 OrderedRows stance = rows(PackedLabels.stanceSql(who), onlyAnnotator);
                 OrderedRows spans = rows(PackedLabels.spanSql(who), onlyAnnotator);
                 OrderedRows flags = rows(ordered("paragraph_id, annotator", "paragraph_flags",
                         who + " AND boilerplate = 1"), onlyAnnotator);
                 OrderedRows gold = rows(ordered("paragraph_id, task", "gold", onlyAnnotator == null ? "" : " AND 0"),
                         null)) {
                for (; paragraphs.more; paragraphs.next()) {
                    ResultSet p = paragraphs.rs;
                    Paragraph para = new Paragraph(p.getString(1), p.getString(2), p.getInt(3), p.getString(4),
                            p.getInt(5) == 1, p.getString(6));
                    sink.accept(merge(para, stance, spans, flags, gold));
                }
            }
            return null;
        });
    }

    private static LabeledParagraph merge(Paragraph para, OrderedRows stance, OrderedRows spans, OrderedRows flags,
                                          OrderedRows gold) throws SQLException {
        String id = para.id();
        Map<String, Map<String, String>> stanceBy = new HashMap<>();
        if (stance.at(id)) {
            PackedLabels.unpackStance(stance.rs.getString(2), stanceBy);
            stance.next();
        }
        Map<String, List<Span>> spansBy = new HashMap<>();
        if (spans.at(id)) {
            PackedLabels.unpackSpans(id, spans.rs.getString(2), spansBy);
            spans.next();
        }
        Set<String> flagged = new HashSet<>();
        while (flags.at(id)) {
            flagged.add(flags.rs.getString(2));
            flags.next();
        }
        Set<String> adjudicated = new HashSet<>();
        while (gold.at(id)) {
            adjudicated.add(gold.rs.getString(2));
            gold.next();
        }
        Set<String> names = new HashSet<>(stanceBy.keySet());
        names.addAll(spansBy.keySet());
        names.addAll(flagged);
        Map<String, AnnotationSet> by = new TreeMap<>();
        for (String name : names) {
            by.put(name, new AnnotationSet(stanceBy.getOrDefault(name, Map.of()),
                    spansBy.getOrDefault(name, List.of()), flagged.contains(name)));
        }
        return new LabeledParagraph(para, by, adjudicated);
    }

    private static String ordered(String columns, String table, String filter) {
        return "SELECT " + columns + " FROM " + table + " WHERE 1" + filter + " ORDER BY paragraph_id";
    }

    /** The paragraph count, for a progress bar. */
    public long paragraphCount() {
        return Sql.longValue(store, "SELECT count(*) FROM paragraphs");
    }

    /** Whether {@code annotator} holds any label; stops at the first one found. */
    public boolean hasLabels(String annotator) {
        return Sql.longValue(store, "SELECT EXISTS (SELECT 1 FROM stance_labels WHERE annotator = ?1)"
                + " OR EXISTS (SELECT 1 FROM spans WHERE annotator = ?1)"
                + " OR EXISTS (SELECT 1 FROM paragraph_flags WHERE annotator = ?1 AND boilerplate = 1)", annotator) == 1;
    }

    /** Names that hold labels of any kind, gold included, sorted. */
    public List<String> annotatorsWithLabels() {
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT annotator FROM stance_labels UNION SELECT annotator FROM spans"
                            + " UNION SELECT annotator FROM paragraph_flags WHERE boilerplate = 1 ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private OrderedRows rows(String sql, String annotator) throws SQLException {
        PreparedStatement ps = store.connection().prepareStatement(sql);
        if (annotator != null) {
            ps.setString(1, annotator);
        }
        return new OrderedRows(ps);
    }
}
