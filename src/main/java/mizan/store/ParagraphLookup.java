package mizan.store;

import mizan.model.Paragraph;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * Finds the paragraph an imported annotation line belongs to: by id, by (document, index), or
 * by its exact text. Paragraph text has no index in the schema, so the first lookup by text
 * copies ids and texts into an indexed TEMP table of this connection: the database file is not
 * changed, and a file of a million lines matched by text costs one copy, not a million scans.
 */
public final class ParagraphLookup {

    private static final String COLUMNS = "id, doc_id, para_index, text, boilerplate, boilerplate_rule";

    private final Store store;
    private boolean textIndex;

    public ParagraphLookup(Store store) {
        this.store = store;
    }

    public List<Paragraph> byId(String id) {
        return query("SELECT " + COLUMNS + " FROM paragraphs WHERE id = ?", id);
    }

    public List<Paragraph> byPosition(String docId, int index) {
        return query("SELECT " + COLUMNS + " FROM paragraphs WHERE doc_id = ? AND para_index = ?", docId, index);
    }

    /** Every paragraph whose text is exactly {@code text} (boilerplate lines repeat across documents). */
    public List<Paragraph> byText(String text) {
        if (!textIndex) {
            store.read(() -> {
                try (Statement st = store.connection().createStatement()) {
                    st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS paragraph_text AS SELECT " + COLUMNS
                            + " FROM paragraphs");
                    st.executeUpdate("CREATE INDEX IF NOT EXISTS temp.paragraph_text_by_text ON paragraph_text(text)");
                }
                return null;
            });
            textIndex = true;
        }
        return query("SELECT " + COLUMNS + " FROM temp.paragraph_text WHERE text = ? LIMIT 2", text);
    }

    private List<Paragraph> query(String sql, Object... args) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return Documents.paragraphs(ps);
            }
        });
    }
}
