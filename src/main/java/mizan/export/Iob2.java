package mizan.export;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import mizan.text.Token;
import mizan.text.WordTokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tokens and IOB2 tags for one line, shared by the CoNLL and Hugging Face NER files.
 *
 * <p>Tokens come from ICU's word segmentation ({@link WordTokens}), which keeps proclitics on the
 * word: {@code وروسيا} is one token while the entity is {@code روسيا}. Where an entity edge falls
 * inside a token, the token is split at that edge ({@code و} O, {@code روسيا} B-GPE), so every
 * entity starts and ends on a token edge and the tags stay valid IOB2. IOB2 cannot nest: of
 * overlapping entities the earlier (at equal starts, the longer) is kept, and the others are
 * counted in {@link #dropped}.
 */
final class Iob2 {

    /**
     * The tagged tokens of one line.
     *
     * @param sentenceStarts indices of the tokens that begin a sentence after the first
     */
    record Tagged(List<String> tokens, List<String> tags, int dropped, List<Integer> sentenceStarts) {
    }

    private static final Comparator<ExportLine.Entity> EARLIER_LONGER_FIRST =
            Comparator.comparingInt(ExportLine.Entity::start)
                    .thenComparing(Comparator.comparingInt(ExportLine.Entity::end).reversed());

    private static final ThreadLocal<BreakIterator> SENTENCES =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(new ULocale("ar")));

    private Iob2() {
    }

    static Tagged tag(ExportLine line) {
        List<ExportLine.Entity> kept = new ArrayList<>();
        int dropped = 0;
        List<ExportLine.Entity> byStart = new ArrayList<>(line.entities());
        byStart.sort(EARLIER_LONGER_FIRST);
        for (ExportLine.Entity e : byStart) {
            if (!kept.isEmpty() && e.start() < kept.get(kept.size() - 1).end()) {
                dropped++;
            } else {
                kept.add(e);
            }
        }
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Integer> sentenceStarts = new ArrayList<>();
        int[] breaks = sentenceBreaks(line.text());
        int b = 0;
        int k = 0;
        ExportLine.Entity previous = null;
        for (Token t : WordTokens.tokens(line.text())) {
            if (b < breaks.length && t.start() >= breaks[b]) {
                while (b < breaks.length && breaks[b] <= t.start()) {
                    b++;
                }
                while (k < kept.size() && kept.get(k).end() <= t.start()) {
                    k++;
                }
                // a sentence break inside an entity is ignored: IOB2 cannot carry an entity across it
                if (!tokens.isEmpty() && (k >= kept.size() || kept.get(k).start() >= t.start())) {
                    sentenceStarts.add(tokens.size());
                }
            }
            int from = t.start();
            while (from < t.end()) {
                while (k < kept.size() && kept.get(k).end() <= from) {
                    k++;
                }
                ExportLine.Entity e = k < kept.size() ? kept.get(k) : null;
                boolean inside = e != null && e.start() <= from;
                int to = t.end();
                if (e != null) {
                    to = Math.min(to, inside ? e.end() : e.start());
                }
                tokens.add(t.text().substring(t.text().offsetByCodePoints(0, from - t.start()),
                        t.text().offsetByCodePoints(0, to - t.start())));
                if (!inside) {
                    tags.add("O");
                    previous = null;
                } else {
                    tags.add((e == previous ? "I-" : "B-") + e.label());
                    previous = e;
                }
                from = to;
            }
        }
        return new Tagged(tokens, tags, dropped, sentenceStarts);
    }

    /** Code-point offsets where a sentence other than the first begins, ascending. */
    private static int[] sentenceBreaks(String text) {
        BreakIterator it = SENTENCES.get();
        it.setText(text);
        int[] out = new int[8];
        int n = 0;
        int utf16 = 0;
        int cp = 0;
        for (int end = it.next(); end != BreakIterator.DONE && end < text.length(); end = it.next()) {
            cp += text.codePointCount(utf16, end);
            utf16 = end;
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = cp;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The first fault of a tag sequence, or null: an I- that does not continue a B- or I- of the
     * same type, or a tag that is neither O nor B-/I- of a known type.
     */
    static String fault(List<String> tags, java.util.Collection<String> types) {
        String open = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.equals("O")) {
                open = null;
                continue;
            }
            String type = tag.length() > 2 ? tag.substring(2) : "";
            if (!types.contains(type) || !(tag.startsWith("B-") || tag.startsWith("I-"))) {
                return "token " + (i + 1) + " has the tag '" + tag + "', which is not O, B-TYPE or I-TYPE of a scheme type";
            }
            if (tag.startsWith("I-") && !type.equals(open)) {
                return "token " + (i + 1) + " is tagged " + tag + " without a B-" + type + " or I-" + type + " before it";
            }
            open = type;
        }
        return null;
    }
}
