package mizan.export;

import mizan.corpus.DocumentText;
import mizan.model.Claimer;
import mizan.model.Span;
import mizan.store.Store;
import mizan.text.Nfc;

import java.nio.file.Path;
import java.util.List;

/** A small labeled project: Arabic paragraphs with an emoji, harakat and a proclitic, labeled by two people. */
final class ExportFixture {

    /** Harakat on إنَّ, an emoji before it, and وروسيا whose entity leaves the و outside. */
    static final String EMOJI_PARAGRAPH = Nfc.normalize("قال بلينكن 😀 إنَّ وروسيا تتعاون مع كوريا الشمالية. وأكد الكرملين ذلك.");

    static final String BLINKEN = "بلينكن";

    private ExportFixture() {
    }

    /**
     * Opens {@code dir/mizan.db} with six documents; alice and bob label all of them the same way,
     * and in the first document alice also flags the comment prompt (already import boilerplate).
     */
    static Store labeled(Path dir) {
        Store store = Store.open(dir.resolve("mizan.db"));
        for (int d = 0; d < 6; d++) {
            DocumentText.Parsed doc = DocumentText.parse("خبر رقم " + d + "\n" + EMOJI_PARAGRAPH + "\nفقرة أخرى " + d
                    + " عن العقوبات على موسكو.\nاترك تعليقاً", "doc" + d + ".txt", "UTF-8", null);
            store.documents().add(doc.document(), doc.paragraphs());
            for (String who : List.of("alice", "bob")) {
                label(store, who, doc.paragraphs().get(1).id(), d % 2 == 0 ? "FAVOR" : "AGAINST");
                store.labels().setStance(who, who, doc.paragraphs().get(2).id(), "SANCTIONS", "NEUTRAL");
            }
            if (d == 0) {
                store.labels().setFlags("alice", "alice", doc.paragraphs().get(3).id(), true, "تعليقات");
            }
        }
        return store;
    }

    static void label(Store store, String who, String pid, String milcoop) {
        store.labels().setStance(who, who, pid, "MILCOOP", milcoop);
        store.labels().setStance(who, who, pid, "SANCTIONS", "UNRELATED");
        Span blinken = store.labels().addSpan(who, Span.entity(0, pid, who, cp(BLINKEN), cp(BLINKEN) + 6, "PERS"));
        int russia = cp("روسيا");
        store.labels().addSpan(who, Span.entity(0, pid, who, russia, russia + 5, "GPE"));
        int korea = cp("كوريا الشمالية");
        store.labels().addSpan(who, Span.entity(0, pid, who, korea, korea + 14, "GPE"));
        int claim = cp("إنَّ");
        store.labels().addSpan(who, Span.claim(0, pid, who, claim, cp("."), true, Claimer.span(blinken.id()), "AFFIRM"));
        store.labels().addSpan(who, Span.claim(0, pid, who, cp("وأكد"), cp("ذلك.") + 4, false, Claimer.ANONYMOUS,
                "AFFIRM"));
    }

    /** The code-point offset of {@code part} in the emoji paragraph. */
    static int cp(String part) {
        int utf16 = EMOJI_PARAGRAPH.indexOf(part);
        if (utf16 < 0) {
            throw new IllegalArgumentException(part);
        }
        return EMOJI_PARAGRAPH.codePointCount(0, utf16);
    }
}
