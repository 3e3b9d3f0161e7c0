package mizan.bench;

import java.util.Locale;

/**
 * One measured figure: its JSON key, what it is, the value (null when it was not measured) and
 * the target it is held against, if any.
 */
public record Figure(String key, String what, Double value, String unit, Target target, String note) {

    /** What a figure should be; {@link #NONE} for figures reported without a target. */
    public record Target(String text, double bound, int sign) {

        public static final Target NONE = new Target("—", 0, 0);

        public static Target atLeast(double bound, String text) {
            return new Target(text, bound, 1);
        }

        public static Target atMost(double bound, String text) {
            return new Target(text, bound, -1);
        }

        boolean met(double v) {
            return sign > 0 ? v >= bound : v <= bound;
        }
    }

    public static Figure of(String key, String what, double value, String unit, Target target) {
        return new Figure(key, what, Double.isNaN(value) ? null : value, unit, target, null);
    }

    public static Figure missing(String key, String what, String unit, Target target, String why) {
        return new Figure(key, what, null, unit, target, why);
    }

    /** "met", "not met", "not measured", or "" when there is no target. */
    public String verdict() {
        if (value == null) {
            return "not measured";
        }
        if (target.sign() == 0) {
            return "";
        }
        return target.met(value) ? "met" : "not met";
    }

    public String formatted() {
        if (value == null) {
            return "—";
        }
        double v = value;
        String number = v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
