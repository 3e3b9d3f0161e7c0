package mizan.app;

import java.util.List;
import java.util.Locale;

import mizan.agreement.AgreementReport;
import mizan.agreement.Breakdown;
import mizan.agreement.FleissKappa;
import mizan.agreement.LabelMatrix;
import mizan.agreement.PairwiseAgreement;

/**
 * The report for people: aligned columns, three decimals, α with its usual reading, and the
 * confusion matrix of every pair. With {@code colour} the matrix cells are shaded (green on the
 * diagonal, red off it, darker for more items); the caller passes colour only for a terminal.
 */
final class AgreementTable {

    private static final String RESET = "\u001b[0m";
    private static final int[] GREEN = {22, 28, 34, 40};
    private static final int[] RED = {52, 88, 124, 160};

    private final StringBuilder out = new StringBuilder();
    private final boolean colour;

    private AgreementTable(boolean colour) {
        this.colour = colour;
    }

    static String render(AgreementReport r, boolean colour) {
        AgreementTable t = new AgreementTable(colour);
        t.summary(r);
        t.pairs(r);
        t.breakdown(r);
        return t.out.toString();
    }

    private void summary(AgreementReport r) {
        LabelMatrix m = r.matrix();
        String level = r.level().name().toLowerCase(Locale.ROOT);
        line("Agreement: %d items, %d annotators (%s), %d pairable values", m.items(), m.annotators(),
                String.join(", ", m.annotatorNames()), r.alpha().pairableValues());
        line("");
        line("  %-28s %s   %s", "Krippendorff's α (" + level + ")", num(r.alpha().alpha()),
                AgreementReport.reading(r.alpha().alpha()));
        if (r.bootstrap() > 0) {
            line("  %-28s [%s, %s]   bootstrap over units, %d resamples, seed %d", "  95% confidence interval",
                    num(r.alphaCi95()[0]), num(r.alphaCi95()[1]), r.bootstrap(), r.seed());
        }
        line("  %-28s %s", "Percent agreement", num(r.percentAgreement()));
        FleissKappa.Result f = r.fleiss();
        line("  %-28s %s   on %d items rated by all (%d excluded)", "Fleiss' κ", num(f.kappa()), f.itemsUsed(),
                f.itemsExcluded());
        if (m.annotators() == 2) {
            line("  %-28s %s", "Scott's π", num(r.scottPi()));
        }
    }

    private void pairs(AgreementReport r) {
        line("");
        line("Cohen's κ per pair (items both rated; excluded = rated by only one of the two)");
        line("  %-14s %-14s %7s %7s %7s %7s %6s %8s", "a", "b", "κ", "κ lin", "κ quad", "agree", "items", "excluded");
        for (PairwiseAgreement.Pair p : r.pairs()) {
            line("  %s %s %7s %7s %7s %7s %6d %8d", pad(p.a(), 14), pad(p.b(), 14), num(p.cohenKappa()),
                    num(p.linearKappa()), num(p.quadraticKappa()), num(p.percent()), p.itemsUsed(), p.itemsExcluded());
        }
        for (PairwiseAgreement.Pair p : r.pairs()) {
            confusion(p, r.matrix().categoryNames());
        }
    }

    private void confusion(PairwiseAgreement.Pair p, List<String> categories) {
        line("");
        line("Confusion matrix: %s (rows) × %s (columns)", p.a(), p.b());
        int width = Math.max(6, categories.stream().mapToInt(AgreementTable::cells).max().orElse(0) + 1);
        long max = 1;
        for (long[] row : p.confusion()) {
            for (long n : row) {
                max = Math.max(max, n);
            }
        }
        StringBuilder head = new StringBuilder("  ").append(pad("", width));
        categories.forEach(c -> head.append(' ').append(padLeft(c, width)));
        line("%s", head);
        for (int r = 0; r < categories.size(); r++) {
            StringBuilder row = new StringBuilder("  ").append(pad(categories.get(r), width));
            for (int c = 0; c < categories.size(); c++) {
                long n = p.confusion()[r][c];
                row.append(' ').append(shade(padLeft(Long.toString(n), width), n, max, r == c));
            }
            line("%s", row);
        }
    }

    private String shade(String cell, long n, long max, boolean diagonal) {
        if (!colour || n == 0) {
            return cell;
        }
        int[] palette = diagonal ? GREEN : RED;
        int step = (int) Math.min(palette.length - 1, (n * palette.length - 1) / max);
        return "\u001b[97;48;5;" + palette[step] + "m" + cell + RESET;
    }

    private void breakdown(AgreementReport r) {
        if (!r.groups().isEmpty()) {
            line("");
            line("α per document");
            for (Breakdown.GroupAlpha g : r.groups()) {
                line("  %s %7s   %d items, %d pairable values", pad(g.group(), 24), num(g.alpha()), g.items(),
                        g.pairableValues());
            }
        }
        if (!r.mostDisagreed().isEmpty()) {
            line("");
            line("Most disagreed items (share of disagreeing pairs), for adjudication");
            // Database items (<paragraph id>/<target>) are longer than most CSV ids: fit the longest.
            int width = Math.max(24, r.mostDisagreed().stream().mapToInt(d -> cells(d.item())).max().orElse(0) + 1);
            for (Breakdown.ItemDisagreement d : r.mostDisagreed()) {
                line("  %s %7s   %d ratings%s", pad(d.item(), width), num(d.disagreement()), d.values(),
                        d.group() == null ? "" : "   " + d.group());
            }
        }
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Terminal cells of a label; Arabic letters take one cell each, like Latin ones. */
    private static int cells(String s) {
        return s.codePointCount(0, s.length());
    }

    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - cells(s)));
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - cells(s))) + s;
    }
}
