package mizan.app;

import java.util.ArrayList;
import java.util.List;

import mizan.agreement.AgreementReport;
import mizan.agreement.LabelMatrix;

/** Checks that the ratings can carry an agreement figure, whatever source they came from. */
final class AgreementData {

    private AgreementData() {
    }

    /** Restricts to the named annotators (in that order); null or empty keeps everyone. */
    static LabelMatrix select(LabelMatrix m, List<String> names) throws InputException {
        if (names == null || names.isEmpty()) {
            return m;
        }
        int[] keep = new int[names.size()];
        List<String> unknown = new ArrayList<>();
        for (int j = 0; j < keep.length; j++) {
            keep[j] = m.annotatorIndex(names.get(j).trim());
            if (keep[j] < 0) {
                unknown.add(names.get(j).trim());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException("unknown annotator " + String.join(", ", unknown) + " in --annotators; the data has: "
                    + String.join(", ", m.annotatorNames()));
        }
        return m.selectAnnotators(keep);
    }

    static LabelMatrix checkAnnotators(LabelMatrix m) throws InputException {
        if (m.annotators() < 2) {
            throw new InputException("agreement needs at least two annotators, found " + m.annotators()
                    + (m.annotators() == 1 ? " (" + m.annotatorNames().get(0) + ")" : ""));
        }
        return m;
    }

    /** The report is computed first (undefined figures are NaN); with no pairable value it says nothing. */
    static AgreementReport checkPairable(AgreementReport r) throws InputException {
        if (r.alpha().pairableValues() == 0) {
            throw new InputException("no item was labelled by two or more of the annotators ("
                    + String.join(", ", r.matrix().annotatorNames()) + "), so there is nothing to compare");
        }
        return r;
    }
}
