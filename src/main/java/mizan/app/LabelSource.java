package mizan.app;

import mizan.agreement.LabelMatrix;

/**
 * Where the agreement command gets one matrix of ratings, such as a CSV file. The project database
 * yields several (per task and per target), so it has its own loader, {@link DbLabels}.
 */
interface LabelSource {

    /** The ratings as a matrix; input problems are reported as {@link InputException}. */
    LabelMatrix load() throws InputException;
}
