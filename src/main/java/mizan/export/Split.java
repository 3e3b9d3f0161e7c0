package mizan.export;

/** The three splits, in the order the card and the data files list them. */
public enum Split {
    TRAIN("train"), VALIDATION("validation"), TEST("test");

    private final String id;

    Split(String id) {
        this.id = id;
    }

    /** The name Hugging Face uses, and the data file's name. */
    public String id() {
        return id;
    }
}
