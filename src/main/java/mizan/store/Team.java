package mizan.store;

import mizan.model.Annotator;
import mizan.model.Role;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * Adds a member, or changes an existing one. A null {@code role} keeps an active member's role
     * (a new or returning member joins as an annotator); a null {@code publicKey} keeps their key.
     * Taking the lead role from the team's only lead is refused with {@link LastLead}. Returns the
     * member as stored.
     */
    public Annotator add(String name, Role role, String publicKey) {
        if (!Annotator.isValidName(name)) {
            throw new StoreException("'" + name + "' is not a valid annotator name: use lower-case letters, digits,"
                    + " '.', '_' or '-', starting with a letter or '_', at most 32 characters");
        }
        store.write(() -> {
            if (role != null && role != Role.LEAD) {
                keepALead(name);
            }
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO annotators(name, role, public_key, active, created_at) VALUES (?,?,?,1,?)"
                            + " ON CONFLICT(name) DO UPDATE SET"
                            + " role = CASE WHEN ? IS NULL AND annotators.active = 1 THEN annotators.role ELSE excluded.role END,"
                            + " active = 1, public_key = coalesce(excluded.public_key, annotators.public_key)")) {
                ps.setString(1, name);
                ps.setString(2, (role == null ? Role.ANNOTATOR : role).id());
                ps.setString(3, publicKey);
                ps.setString(4, Instant.now().toString());
                ps.setString(5, role == null ? null : role.id());
                ps.executeUpdate();
            }
            return null;
        });
        return find(name).orElseThrow();
    }

    /** Deactivates a member. Returns false when there was no such active member; the only lead is refused. */
    public boolean remove(String name) {
        return store.write(() -> {
            keepALead(name);
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "UPDATE annotators SET active = 0 WHERE name = ? AND active = 1")) {
                ps.setString(1, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Refuses, inside the changing transaction, to take the lead role from the team's only active lead:
     * nobody could change the team, assign or export gold afterwards, nor make a lead again.
     */
    private void keepALead(String name) throws SQLException {
        List<String> leads = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT name, role FROM annotators WHERE active = 1 ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (Role.LEAD.id().equals(rs.getString(2))) {
                    leads.add(rs.getString(1));
                } else {
                    others.add(rs.getString(1));
                }
            }
        }
        if (leads.equals(List.of(name))) {
            throw new LastLead(name, others);
        }
    }

    /** The change would leave the team without a lead. */
    public static final class LastLead extends StoreException {
        private final String lead;
        private final List<String> others;

        LastLead(String lead, List<String> others) {
            super(lead + " is the team's only lead");
            this.lead = lead;
            this.others = List.copyOf(others);
        }

        public String lead() {
            return lead;
        }

        /** The other active members, by name: whoever could be made lead first. */
        public List<String> others() {
            return others;
        }
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
