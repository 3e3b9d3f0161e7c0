package mizan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A cursor that knows whether it still has a row and which paragraph that row belongs to. */
final class OrderedRows implements AutoCloseable {
    final PreparedStatement ps;
    final ResultSet rs;
    boolean more;
    /** The current row's paragraph id, read once: each column read is a call into SQLite. */
    private String paragraphId;

    OrderedRows(PreparedStatement ps) throws SQLException {
        this.ps = ps;
        this.rs = ps.executeQuery();
        next();
    }

    boolean at(String id) {
        return more && paragraphId.equals(id);
    }

    void next() throws SQLException {
        more = rs.next();
        paragraphId = more ? rs.getString(1) : null;
    }

    @Override
    public void close() throws SQLException {
        ps.close();
    }
}
