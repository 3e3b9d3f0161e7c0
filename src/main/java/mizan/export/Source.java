package mizan.export;

/**
 * Whose labels an export holds: gold (adjudicated, else the policy), one annotator's, or every
 * annotator's (a line per annotator and paragraph).
 */
public sealed interface Source {

    record Gold(GoldPolicy policy) implements Source {
    }

    record Annotator(String name) implements Source {
    }

    record AllAnnotators() implements Source {
    }

    /** How the card and the summary name the source. */
    default String describe() {
        if (this instanceof Gold g) {
            return "gold: adjudicated labels where they exist, otherwise the " + g.policy().id() + " policy";
        }
        if (this instanceof Annotator a) {
            return "the labels of annotator " + a.name();
        }
        return "every annotator's labels, one line per annotator and paragraph";
    }
}
