package mizan.agreement;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Times Krippendorff's α (nominal) and Fleiss' κ on a seeded random matrix (by default
 * 100,000 items × 10 annotators = 1,000,000 ratings), and the same statistics computed by DKPro
 * Statistics when it is on the classpath. DKPro is reached by reflection so that the main code
 * never depends on it. Each figure is the best and the median of several runs after warm-up
 * runs; building the matrix or study is not timed. Meant for a {@code bench} command, never for
 * a unit test (timings depend on the machine).
 */
public final class AgreementTimings {

    /** One timed computation; {@code value} is the statistic, so that results can be compared. */
    public record Timing(String what, double bestMillis, double medianMillis, double value) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-24s best %8.2f ms   median %8.2f ms   value %.6f",
                    what, bestMillis, medianMillis, value);
        }
    }

    private static final String DKPRO = "org.dkpro.statistics.agreement.";

    private AgreementTimings() {
    }

    /** Ratings 0..categories−1, every cell filled; about 60% of ratings follow a per-item majority. */
    public static LabelMatrix randomMatrix(int items, int annotators, int categories, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] codes = new int[items * annotators];
        for (int i = 0; i < items; i++) {
            int truth = rnd.nextInt(categories);
            for (int a = 0; a < annotators; a++) {
                codes[i * annotators + a] = rnd.nextInt(10) < 6 ? truth : rnd.nextInt(categories);
            }
        }
        return LabelMatrix.ofCodes(items, annotators, categories, codes);
    }

    public static List<Timing> run(int items, int annotators, int categories, long seed, int warmups, int runs) {
        LabelMatrix m = randomMatrix(items, annotators, categories, seed);
        List<Timing> out = new ArrayList<>();
        out.add(time("alpha (mizan)", warmups, runs, () -> KrippendorffAlpha.compute(m, Level.NOMINAL).alpha()));
        out.add(time("fleiss kappa (mizan)", warmups, runs, () -> FleissKappa.compute(m).kappa()));
        Object study = dkproStudy(m);
        if (study != null) {
            out.add(time("alpha (DKPro)", warmups, runs, () -> dkpro(study, "coding.KrippendorffAlphaAgreement",
                    "distance.NominalDistanceFunction")));
            out.add(time("fleiss kappa (DKPro)", warmups, runs, () -> dkpro(study, "coding.FleissKappaAgreement", null)));
        }
        return out;
    }

    /** The default benchmark: 100,000 × 10, 5 categories, 3 warm-ups, 7 timed runs. */
    public static List<Timing> run() {
        return run(100_000, 10, 5, 20_260_101L, 3, 7);
    }

    public static void main(String[] args) {
        run().forEach(System.out::println);
    }

    private static Timing time(String what, int warmups, int runs, DoubleSupplier statistic) {
        double value = 0;
        for (int w = 0; w < warmups; w++) {
            value = statistic.getAsDouble();
        }
        double[] millis = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            value = statistic.getAsDouble();
            millis[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(what, millis[0], millis[runs / 2], value);
    }

    /** A DKPro CodingAnnotationStudy holding the same ratings, or null when DKPro is absent. */
    private static Object dkproStudy(LabelMatrix m) {
        try {
            Class<?> type = Class.forName(DKPRO + "coding.CodingAnnotationStudy");
            Object study = type.getConstructor(int.class).newInstance(m.annotators());
            Method add = type.getMethod("addItemAsArray", Object[].class);
            Integer[] boxed = new Integer[m.categories()];
            Arrays.setAll(boxed, c -> c);
            for (int i = 0; i < m.items(); i++) {
                Object[] row = new Object[m.annotators()];
                for (int a = 0; a < row.length; a++) {
                    int c = m.code(i, a);
                    row[a] = c < 0 ? null : boxed[c];
                }
                add.invoke(study, (Object) row);
            }
            return study;
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DKPro Statistics is present but not usable: " + e, e);
        }
    }

    private static double dkpro(Object study, String measure, String distance) {
        try {
            Class<?> studyType = Class.forName(DKPRO + "coding.ICodingAnnotationStudy");
            Class<?> type = Class.forName(DKPRO + measure);
            Object instance;
            if (distance == null) {
                instance = type.getConstructor(studyType).newInstance(study);
            } else {
                Class<?> distanceType = Class.forName(DKPRO + "distance.IDistanceFunction");
                Constructor<?> c = type.getConstructor(studyType, distanceType);
                instance = c.newInstance(study, Class.forName(DKPRO + distance).getConstructor().newInstance());
            }
            return (double) type.getMethod("calculateAgreement").invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DKPro Statistics call failed: " + e, e);
        }
    }
}
