package mizan.store;

import mizan.model.Annotator;
import mizan.model.Role;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registered team members. Removing a member deactivates them; their labels stay. */
public final class Team {

    private final Store store;

    Team(Store store) {
        this.store = store;
    }

    public void add(String name, Role role, String publicKey) {
        if (!Annotator.isValidName(name)) {
            throw new StoreException("'" + name + "' is not a valid annotator name: use lower-case letters, digits,"
                    + " '.', '_' or '-', starting with a letter or '_', at most 32 characters");
        }
        store.write(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO annotators(name, role, public_key, active, created_at) VALUES (?,?,?,1,?)"
                            + " ON CONFLICT(name) DO UPDATE SET role = excluded.role, active = 1,"
                            + " public_key = coalesce(excluded.public_key, annotators.public_key)")) {
                ps.setString(1, name);
                ps.setString(2, role.id());
                ps.setString(3, publicKey);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Deactivates a member. Returns false when there was no such active member. */
    public boolean remove(String name) {
        return store.write(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "UPDATE annotators SET active = 0 WHERE name = ? AND active = 1")) {
                ps.setString(1, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Optional<Annotator> find(String name) {
        return list().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Active members, by name. */
    public List<Annotator> list() {
        return store.read(() -> {
            List<Annotator> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT name, role, public_key FROM annotators WHERE active = 1 ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Annotator(rs.getString(1), Role.parse(rs.getString(2)), rs.getString(3)));
                }
            }
            return out;
        });
    }

    public int count() {
        return (int) Sql.longValue(store, "SELECT count(*) FROM annotators WHERE active = 1");
    }
}
