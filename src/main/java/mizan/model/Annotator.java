package mizan.model;

/** A registered team member. Names are lower-case login-style identifiers. */
public record Annotator(String name, Role role, String publicKey) {

    /** The name under which adjudicated (gold) labels are stored; no person can take it. */
    public static final String GOLD = "@gold";

    public static boolean isValidName(String name) {
        return name != null && name.matches("[a-z_][a-z0-9_.-]{0,31}");
    }
}
