import java.nio.file.Path;
import java.util.List;

import mizan.model.Claimer;
import mizan.model.Paragraph;
import mizan.model.Span;
import mizan.store.Store;

/**
 * Writes made-up labels by three annotators (ali, badr, jamal) into a database that already holds
 * the seed documents, so that {@code mizan agreement} has something to measure. The labels are
 * derived from keywords by fixed rules, with disagreements planted at fixed paragraphs: they show
 * what the report looks like, they say nothing about the texts. Run from the project folder:
 *
 * <pre>
 * java -jar target/mizan.jar import --db demo.db seeds/
 * java -cp target/mizan.jar docs/examples/DemoLabels.java demo.db
 * </pre>
 */
public class DemoLabels {

    private static final String[] WHO = {"ali", "badr", "jamal"};
    private static final List<String[]> ENTITIES = List.of(new String[] {"كوريا الشمالية", "GPE"},
            new String[] {"روسيا", "GPE"}, new String[] {"أوكرانيا", "GPE"}, new String[] {"بوتين", "PERS"},
            new String[] {"كيم", "PERS"}, new String[] {"الأمم المتحدة", "ORG"});

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            int n = 0;
            for (var doc : store.documents().list()) {
                for (Paragraph p : store.documents().paragraphs(doc.id())) {
                    if (!p.boilerplate() && p.index() > 0) {
                        label(store, p, n++);
                    }
                }
            }
            System.out.println("labelled " + n + " paragraphs as " + String.join(", ", WHO));
        }
    }

    private static void label(Store store, Paragraph p, int n) {
        String t = p.text();
        String[] milcoop = {stance(t, "عسكري", "FAVOR"), stance(t, "عسكري", "FAVOR"), stance(t, "عسكري", "FAVOR")};
        String[] war = {stance(t, "ذخائر", "AGAINST"), stance(t, "ذخائر", "AGAINST"), stance(t, "ذخائر", "AGAINST")};
        String[] sanctions = {stance(t, "عقوبات", "AGAINST"), stance(t, "عقوبات", "AGAINST"), stance(t, "عقوبات", "AGAINST")};
        // Planted disagreements: badr reads every fifth paragraph as neutral, jamal every seventh.
        if (n % 5 == 2) {
            milcoop[1] = "NEUTRAL";
        }
        if (n % 7 == 3) {
            war[2] = "NEUTRAL";
            sanctions[2] = "UNRELATED".equals(sanctions[2]) ? "NEUTRAL" : "UNRELATED";
        }
        for (int a = 0; a < WHO.length; a++) {
            // jamal has not reached every fourth paragraph yet.
            if (a == 2 && n % 4 == 1) {
                continue;
            }
            store.labels().setStance(WHO[a], WHO[a], p.id(), "MILCOOP", milcoop[a]);
            store.labels().setStance(WHO[a], WHO[a], p.id(), "WAR_SUPPORT", war[a]);
            store.labels().setStance(WHO[a], WHO[a], p.id(), "SANCTIONS", sanctions[a]);
            entities(store, p, WHO[a], a, n);
            int said = t.indexOf("قال");
            if (said >= 0 && !(a == 2 && n % 3 == 0)) {
                int start = t.codePointCount(0, said) - (a == 1 ? 1 : 0);
                store.labels().addSpan(WHO[a], Span.claim(0, p.id(), WHO[a], Math.max(0, start),
                        t.codePointCount(0, t.length()), true, Claimer.AUTHOR, "AFFIRM"));
            }
        }
    }

    private static String stance(String text, String keyword, String label) {
        return text.contains(keyword) ? label : text.contains("كوريا") ? "NEUTRAL" : "UNRELATED";
    }

    /** ali marks every keyword; badr takes in a proclitic و when there is one; jamal skips PERS. */
    private static void entities(Store store, Paragraph p, String who, int a, int n) {
        String t = p.text();
        for (String[] e : ENTITIES) {
            if (a == 2 && e[1].equals("PERS") && n % 2 == 0) {
                continue;
            }
            for (int at = t.indexOf(e[0]); at >= 0; at = t.indexOf(e[0], at + e[0].length())) {
                int start = t.codePointCount(0, at);
                if (a == 1 && at > 0 && t.charAt(at - 1) == 'و') {
                    start--;
                }
                int end = t.codePointCount(0, at + e[0].length());
                store.labels().addSpan(who, Span.entity(0, p.id(), who, start, end, e[1]));
            }
        }
    }
}
