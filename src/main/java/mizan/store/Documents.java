package mizan.store;

import mizan.model.Document;
import mizan.model.Paragraph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Documents and their paragraphs. Paragraph text is written once and never updated. */
public final class Documents {

    private final Store store;

    Documents(Store store) {
        this.store = store;
    }

    /**
     * Stores a document with its paragraphs in one transaction.
     *
     * @return false, writing nothing, when a document with the same id (the same content) exists
     */
    public boolean add(Document doc, List<Paragraph> paragraphs) {
        return addAll(List.of(doc), List.of(paragraphs))[0];
    }

    /**
     * Stores many documents in one transaction (bulk import, one durable commit for all), with
     * the two statements prepared once for the whole batch.
     *
     * @return for each document, whether it was new
     */
    public boolean[] addAll(List<Document> docs, List<List<Paragraph>> paragraphs) {
        return store.write(() -> {
            boolean[] added = new boolean[docs.size()];
            Connection c = store.connection();
            try (PreparedStatement doc = c.prepareStatement(
                    "INSERT OR IGNORE INTO documents(id, title, source, encoding, meta, imported_at) VALUES (?,?,?,?,?,?)");
                 PreparedStatement para = c.prepareStatement(
                         "INSERT INTO paragraphs(id, doc_id, para_index, text, boilerplate, boilerplate_rule)"
                                 + " VALUES (?,?,?,?,?,?)")) {
                String now = Instant.now().toString();
                for (int i = 0; i < docs.size(); i++) {
                    added[i] = insert(doc, para, docs.get(i), paragraphs.get(i), now);
                }
            }
            return added;
        });
    }

    private static boolean insert(PreparedStatement ps, PreparedStatement para, Document doc, List<Paragraph> paragraphs,
                                  String now) throws SQLException {
        ps.setString(1, doc.id());
        ps.setString(2, doc.title());
        ps.setString(3, doc.source());
        ps.setString(4, doc.encoding());
        ps.setString(5, doc.metaJson());
        ps.setString(6, now);
        if (ps.executeUpdate() == 0) {
            return false;
        }
        for (Paragraph p : paragraphs) {
            para.setString(1, p.id());
            para.setString(2, p.docId());
            para.setInt(3, p.index());
            para.setString(4, p.text());
            para.setInt(5, p.boilerplate() ? 1 : 0);
            para.setString(6, p.boilerplateRule());
            para.addBatch();
        }
        para.executeBatch();
        return true;
    }

    public boolean exists(String docId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
                ps.setString(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** All documents in import order (then id), with their paragraph counts. */
    public List<Document> list() {
        return store.read(() -> {
            List<Document> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT d.id, d.title, d.source, d.encoding, d.meta,"
                            + " (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id)"
                            + " FROM documents d ORDER BY d.rowid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6)));
                }
            }
            return out;
        });
    }

    public Optional<Document> find(String docId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT d.id, d.title, d.source, d.encoding, d.meta,"
                            + " (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id) FROM documents d WHERE d.id = ?")) {
                ps.setString(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Document(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6))) : Optional.empty();
                }
            }
        });
    }

    public List<Paragraph> paragraphs(String docId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id, doc_id, para_index, text, boilerplate, boilerplate_rule FROM paragraphs"
                            + " WHERE doc_id = ? ORDER BY para_index")) {
                ps.setString(1, docId);
                return paragraphs(ps);
            }
        });
    }

    public Optional<Paragraph> paragraph(String paragraphId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id, doc_id, para_index, text, boilerplate, boilerplate_rule FROM paragraphs WHERE id = ?")) {
                ps.setString(1, paragraphId);
                return paragraphs(ps).stream().findFirst();
            }
        });
    }

    static List<Paragraph> paragraphs(PreparedStatement ps) throws SQLException {
        List<Paragraph> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Paragraph(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getInt(5) == 1, rs.getString(6)));
            }
        }
        return out;
    }

    public int count() {
        return (int) Sql.longValue(store, "SELECT count(*) FROM documents");
    }

    public int paragraphCount(boolean boilerplate) {
        return (int) Sql.longValue(store, "SELECT count(*) FROM paragraphs WHERE boilerplate = " + (boilerplate ? 1 : 0));
    }
}
