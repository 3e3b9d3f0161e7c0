package mizan.app;

import mizan.agreement.LabelMatrix;

/**
 * Where the agreement command gets its ratings. The CSV file is one source; the project database
 * (per task and target) is meant to be another, so the command never reads a file itself.
 */
interface LabelSource {

    /** The ratings as a matrix; input problems are reported as {@link InputException}. */
    LabelMatrix load() throws InputException;
}
