package mizan.bench;

import mizan.agreement.AgreementTimings.Timing;

import java.util.List;
import java.util.Optional;

import static mizan.bench.Figure.Target.atLeast;
import static mizan.bench.Figure.Target.atMost;

/** The agreement timings as figures: medians, and how many times faster than DKPro on the same data. */
final class AgreementFigures {

    private AgreementFigures() {
    }

    static void add(Report r, List<Timing> timings) {
        statistic(r, timings, "alpha", "alpha (", "Krippendorff's α");
        statistic(r, timings, "fleiss", "fleiss kappa (", "Fleiss' κ");
    }

    private static void statistic(Report r, List<Timing> timings, String key, String prefix, String name) {
        Optional<Timing> ours = find(timings, prefix + "mizan)");
        Optional<Timing> dkpro = find(timings, prefix + "DKPro)");
        double mine = ours.map(Timing::medianMillis).orElse(Double.NaN);
        r.add(Figure.of(key + "_1m_ms", name + ", 1M ratings", mine, "ms", atMost(50, "≤ 50 ms")));
        if (dkpro.isEmpty()) {
            r.add(Figure.missing("dkpro_" + key + "_1m_ms", name + ", 1M ratings, DKPro", "ms", Figure.Target.NONE,
                    "DKPro Statistics is not on the class path"));
            r.add(Figure.missing(key + "_speedup_vs_dkpro", name + ": times faster than DKPro", "×",
                    atLeast(10, "≥ 10×"), "DKPro Statistics is not on the class path"));
            return;
        }
        double theirs = dkpro.get().medianMillis();
        r.add(Figure.of("dkpro_" + key + "_1m_ms", name + ", 1M ratings, DKPro", theirs, "ms", Figure.Target.NONE));
        r.add(Figure.of(key + "_speedup_vs_dkpro", name + ": times faster than DKPro", theirs / mine, "×",
                atLeast(10, "≥ 10×")));
        double gap = Math.abs(ours.get().value() - dkpro.get().value());
        if (gap > 1e-9) {
            throw new IllegalStateException(name + " differs from DKPro's on the same data by " + gap);
        }
    }

    private static Optional<Timing> find(List<Timing> timings, String what) {
        return timings.stream().filter(t -> t.what().equals(what)).findFirst();
    }
}
