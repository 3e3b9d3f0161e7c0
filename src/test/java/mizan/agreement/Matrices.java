package mizan.agreement;

/** Builds small label matrices for tests from the layouts that published examples print. */
final class Matrices {

    private Matrices() {
    }

    /**
     * One string per annotator, one comma-separated value per unit, "." for a missing value
     * (the layout of Krippendorff 2011's reliability data matrices).
     */
    static LabelMatrix byAnnotator(String... rows) {
        LabelMatrixBuilder b = new LabelMatrixBuilder();
        for (int a = 0; a < rows.length; a++) {
            String[] cells = rows[a].split(",");
            for (int u = 0; u < cells.length; u++) {
                String v = cells[u].trim();
                if (!v.equals(".")) {
                    b.add("u" + (u + 1), "obs" + a, v);
                }
            }
        }
        return b.build();
    }

    /**
     * Two annotators from a contingency table: {@code table[r][c]} items labelled
     * {@code labels[r]} by the first and {@code labels[c]} by the second.
     */
    static LabelMatrix fromContingency(String[] labels, int[][] table) {
        LabelMatrixBuilder b = new LabelMatrixBuilder().categories(java.util.List.of(labels));
        int item = 0;
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                for (int n = 0; n < table[r][c]; n++, item++) {
                    b.add("i" + item, "A", labels[r]).add("i" + item, "B", labels[c]);
                }
            }
        }
        return b.build();
    }

    /**
     * Many raters from per-subject category counts ({@code counts[i][j]} raters put subject i in
     * category j), as Fleiss (1971) prints them; raters are numbered within each subject.
     */
    static LabelMatrix fromCounts(int[][] counts) {
        LabelMatrixBuilder b = new LabelMatrixBuilder();
        for (int j = 0; j < counts[0].length; j++) {
            b.categories(java.util.List.of(String.valueOf(j + 1)));
        }
        for (int i = 0; i < counts.length; i++) {
            int rater = 0;
            for (int j = 0; j < counts[i].length; j++) {
                for (int n = 0; n < counts[i][j]; n++) {
                    b.add("s" + i, "r" + rater++, String.valueOf(j + 1));
                }
            }
        }
        return b.build();
    }
}
