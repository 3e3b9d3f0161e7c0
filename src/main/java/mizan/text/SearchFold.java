package mizan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Search that ignores what an Arabic reader does not tell apart when looking for a word: harakat
 * and other Arabic marks, tatweel and invisible format characters are skipped; hamza-carrying
 * and wasla alefs read as bare alef, alef maqsura as yeh, teh marbuta as heh; the Persian keheh
 * and Farsi yeh that web text mixes in read as Arabic kaf and yeh; no-break and other spaces as a
 * space; letters with case are case-folded. Both the text and the query are folded, and every
 * folded character remembers where it came from, so a match is reported in code points of the
 * original text and widened to whole grapheme clusters: a letter is never cut from its harakat.
 */
public final class SearchFold {

    /** A match in the original text: code points, 0-based, end-exclusive. */
    public record Match(int start, int end) {
    }

    /** BreakIterators are stateful and costly to build: one per thread, reused. */
    private static final ThreadLocal<BreakIterator> CHARACTERS =
            ThreadLocal.withInitial(BreakIterator::getCharacterInstance);
    /** The last query of this thread: a search over a corpus asks for the same one per paragraph. */
    private static final ThreadLocal<Query> LAST_QUERY = new ThreadLocal<>();
    /** Marks where a character folds to nothing. */
    private static final char DROP = '\uFFFF';

    /** A folded query with its KMP table. */
    private record Query(String raw, String folded, int[] fallback) {
    }

    private SearchFold() {
    }

    /** The folded form of {@code s} (NFC first, so a query typed with decomposed letters still matches). */
    public static String fold(String s) {
        return fold(Nfc.normalize(s), null).text();
    }

    /**
     * Every non-overlapping match of {@code query} in {@code text}, in text order. An empty query,
     * or one that is only marks, matches nothing. {@code text} is a paragraph's text, which is NFC.
     */
    public static List<Match> all(String text, String query) {
        Query q = prepared(query);
        if (q.folded().isEmpty()) {
            return List.of();
        }
        // most paragraphs of a corpus-wide search do not match: find that out without building anything
        if (!contains(text, q)) {
            return List.of();
        }
        return matches(text, fold(text, new int[text.length() + 8]), q.folded());
    }

    /** The first match of {@link #all} that starts at or after {@code fromCp}. */
    public static Optional<Match> next(String text, String query, int fromCp) {
        return all(text, query).stream().filter(m -> m.start() >= fromCp).findFirst();
    }

    /** The last match of {@link #all} that starts before {@code beforeCp}. */
    public static Optional<Match> previous(String text, String query, int beforeCp) {
        Match last = null;
        for (Match m : all(text, query)) {
            if (m.start() >= beforeCp) {
                break;
            }
            last = m;
        }
        return Optional.ofNullable(last);
    }

    private static Query prepared(String query) {
        Query q = LAST_QUERY.get();
        if (q == null || !q.raw().equals(query)) {
            String folded = fold(query);
            q = new Query(query, folded, fallback(folded));
            LAST_QUERY.set(q);
        }
        return q;
    }

    /**
     * Whether the folded {@code text} contains {@code q}, folding as it reads (Knuth–Morris–Pratt,
     * so no char is read twice): a search over a whole corpus allocates nothing for Arabic or ASCII text.
     */
    private static boolean contains(String text, Query query) {
        String q = query.folded();
        int[] fallback = query.fallback();
        int matched = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            char simple = simpleFold(cp);
            if (simple == DROP) {
                continue;
            }
            String several = simple == 0 ? fullFold(cp) : null;
            int count = several == null ? 1 : several.length();
            for (int k = 0; k < count; k++) {
                char c = several == null ? simple : several.charAt(k);
                while (matched > 0 && q.charAt(matched) != c) {
                    matched = fallback[matched - 1];
                }
                if (q.charAt(matched) == c && ++matched == q.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** KMP failure function: for each prefix of q, the length of its longest proper border. */
    private static int[] fallback(String q) {
        int[] f = new int[q.length()];
        for (int i = 1, k = 0; i < q.length(); i++) {
            while (k > 0 && q.charAt(i) != q.charAt(k)) {
                k = f[k - 1];
            }
            if (q.charAt(i) == q.charAt(k)) {
                k++;
            }
            f[i] = k;
        }
        return f;
    }

    /** The folded text, and for each of its chars the UTF-16 index of the code point it came from. */
    private record Folded(String text, int[] origin) {
    }

    private static Folded fold(String s, int[] originOrNull) {
        int[] origin = originOrNull;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int before = out.length();
            char simple = simpleFold(cp);
            if (simple != DROP) {
                if (simple != 0) {
                    out.append(simple);
                } else {
                    // full folding may give several chars (ß → ss): all of them point back to cp
                    out.append(fullFold(cp));
                }
            }
            if (origin != null) {
                if (out.length() > origin.length) {
                    origin = Arrays.copyOf(origin, Math.max(out.length(), origin.length * 2));
                }
                Arrays.fill(origin, before, out.length(), i);
            }
            i += Character.charCount(cp);
        }
        return new Folded(out.toString(), origin);
    }

    /** What a code point that {@link #simpleFold} leaves to the general rules folds to: its full case folding. */
    private static String fullFold(int cp) {
        String self = Character.toString(cp);
        return UCharacter.hasBinaryProperty(cp, UProperty.CHANGES_WHEN_CASEFOLDED)
                ? UCharacter.foldCase(self, UCharacter.FOLD_CASE_DEFAULT) : self;
    }

    /** The one char {@code cp} folds to, {@link #DROP} when it is ignored, 0 when the general rules decide. */
    private static char simpleFold(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? (char) (cp + ('a' - 'A')) : (char) cp;
        }
        if (cp >= 0x0600 && cp <= 0x06FF) {
            return arabic(cp);
        }
        if (UCharacter.getType(cp) == UCharacterCategory.FORMAT) {
            return DROP; // ZWJ, ZWNJ, LRM, RLM, ALM and the like are invisible
        }
        if (UCharacter.isUWhiteSpace(cp)) {
            return ' ';
        }
        return 0;
    }

    private static char arabic(int cp) {
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED) || cp == 0x0640) {
            return DROP; // harakat, Quranic marks, superscript alef, tatweel
        }
        if (cp <= 0x0605 || cp == 0x061C) {
            return DROP; // the block's format characters: number signs, ARABIC LETTER MARK
        }
        return switch (cp) {
            case 0x0623, 0x0625, 0x0622, 0x0671 -> 'ا';
            case 0x0649, 0x06CC -> 'ي'; // alef maqsura; Farsi yeh, drawn like it at the end of a word
            case 0x0629 -> 'ه';
            case 0x06A9 -> 'ك'; // keheh, the Persian kaf
            default -> (char) cp;
        };
    }

    private static List<Match> matches(String text, Folded f, String q) {
        String folded = f.text();
        int[] origin = f.origin();
        BreakIterator clusters = CHARACTERS.get();
        clusters.setText(text);
        List<Match> out = new ArrayList<>();
        int cpSeen = 0;
        int utf16Seen = 0;
        int lastEnd = 0;
        int from = 0;
        for (int at = folded.indexOf(q, from); at >= 0; at = folded.indexOf(q, from)) {
            int stop = at + q.length();
            // a match must start and end on whole source code points, not inside a multi-char folding
            boolean whole = (at == 0 || origin[at - 1] != origin[at])
                    && (stop == folded.length() || origin[stop] != origin[stop - 1]);
            int start = whole ? clusterStart(clusters, origin[at]) : -1;
            if (start < lastEnd) {
                from = at + 1;
                continue;
            }
            int lastCp = origin[stop - 1];
            int end = clusterEnd(clusters, text, lastCp + Character.charCount(text.codePointAt(lastCp)));
            // matches come in text order, so converting to code points is one pass over the text
            cpSeen += text.codePointCount(utf16Seen, start);
            int startCp = cpSeen;
            int endCp = startCp + text.codePointCount(start, end);
            cpSeen = endCp;
            utf16Seen = end;
            out.add(new Match(startCp, endCp));
            lastEnd = end;
            from = stop;
        }
        return out;
    }

    private static int clusterStart(BreakIterator clusters, int utf16) {
        return clusters.isBoundary(utf16) ? utf16 : clusters.preceding(utf16);
    }

    /** The end widened over the marks that belong to the last letter. */
    private static int clusterEnd(BreakIterator clusters, String text, int utf16) {
        return utf16 >= text.length() || clusters.isBoundary(utf16) ? utf16 : clusters.following(utf16);
    }
}
