package mizan.store;

import mizan.model.Annotator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annotators' finished paragraphs at one moment of a transaction (a stance for every target,
 * or flagged boilerplate), kept in a temporary table so two moments compare in SQL however large
 * the project. Gold has no finished paragraphs.
 */
record FinishedParagraphs(Connection c, String table) {

    static FinishedParagraphs of(Connection c, String table, List<String> targets) throws SQLException {
        LabelRows.exec(c, "DROP TABLE IF EXISTS temp." + table);
        LabelRows.exec(c, "CREATE TEMP TABLE " + table + " (annotator TEXT, paragraph_id TEXT,"
                + " PRIMARY KEY (annotator, paragraph_id)) WITHOUT ROWID");
        List<Object> args = new ArrayList<>(List.of(Annotator.GOLD));
        args.addAll(targets);
        args.addAll(List.of(targets.size(), Annotator.GOLD));
        LabelRows.exec(c, "INSERT INTO temp." + table + " SELECT annotator, paragraph_id FROM stance_labels"
                + " WHERE annotator <> ? AND target IN (" + String.join(",", Collections.nCopies(targets.size(), "?"))
                + ") GROUP BY annotator, paragraph_id HAVING count(*) = ?"
                + " UNION SELECT annotator, paragraph_id FROM paragraph_flags WHERE annotator <> ? AND boilerplate = 1",
                args.toArray());
        return new FinishedParagraphs(c, table);
    }

    /** Per annotator, how many of these paragraphs {@code other} does not have. */
    Relabel.Tally notIn(FinishedParagraphs other) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotator, count(*) FROM temp." + table + " f"
                + " WHERE NOT EXISTS (SELECT 1 FROM temp." + other.table + " o WHERE o.annotator = f.annotator"
                + " AND o.paragraph_id = f.paragraph_id) GROUP BY annotator");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return new Relabel.Tally(out);
    }

    void drop() throws SQLException {
        LabelRows.exec(c, "DROP TABLE temp." + table);
    }
}
