package mizan.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flags the paragraphs of a news page that are not the article: comment prompts and comment
 * policies, "Exit mobile version", share and follow prompts, related-article lists and tag lines.
 * Flagged paragraphs stay in the database; annotation queues skip them by default.
 *
 * <p>The rules, in the order they are tried (the first that matches names the flag):
 * <ul>
 * <li>{@code site-chrome}: a short line that is page navigation: "Exit mobile version",
 *     "Skip to content", "الأخبار العاجلة".</li>
 * <li>{@code comment-prompt}: "اترك تعليقاً", "أضف تعليق", "Leave a comment/reply".</li>
 * <li>{@code comment-policy}: a comment-policy line ("لن يتم نشر عنوان بريدك الإلكتروني",
 *     "الحقول الإلزامية", "شروط التعليق", "قواعد التعليقات", "رأيكم يهمنا", "تهمنا آراؤكم"), and
 *     every short paragraph (≤ 200 characters) after such a header: the rules that follow it.</li>
 * <li>{@code share-prompt}: a short line inviting to share or follow ("شارك", "تابعونا",
 *     "تابع أحدث الأخبار عبر تطبيق", "Share this").</li>
 * <li>{@code related-list}: a related-articles header ("مقالات مشابهة", "مقالات ذات صلة",
 *     "اقرأ أيضاً", "Related"), the bulleted lines after it, and after "اقرأ أيضاً" the one
 *     headline that follows.</li>
 * <li>{@code tags}: a keyword/tag line ("كلمات دلالية:", "الكلمات المفتاحية:", "الوسوم:",
 *     "Tags:"), or a line whose words are mostly hashtags.</li>
 * </ul>
 * Matching ignores tatweel, harakat, the shape of alef and final ya, and Latin case.
 */
public final class Boilerplate {

    private static final int SHORT = 200;
    /** Folded characters that surely hold a tag-line header ("الكلمات المفتاحية :" is 19). */
    private static final int TAG_HEAD = 48;

    private static final Pattern SITE_CHROME = rx(
            "^(exit mobile version|skip to (main )?content|back to top|الاخبار العاجله|اخبار عاجله)$");
    private static final Pattern COMMENT_PROMPT = rx(
            "^(اترك|اضف|اكتب) (تعليق|تعليقا|ردا|رد)\\b.{0,30}$|^leave a (comment|reply)\\b.{0,30}$");
    private static final Pattern COMMENT_POLICY = rx(
            "لن يتم نشر عنوان بريدك الالكتروني|الحقول الالزاميه|^شروط التعليق|قواعد التعليقات|^رايكم يهمنا"
                    + "|^تهمنا اراوكم|^تهمنا ارائكم|your email address will not be published");
    private static final Pattern SHARE_PROMPT = rx(
            "^(شارك|شاركوا|تابعونا|تابع|تابعوا|انضم|اشترك)( .{0,60})?$|^(share|follow us)\\b.{0,60}$");
    private static final Pattern SHARE_WORDS = rx(
            "فيسبوك|تويتر|واتساب|تليجرام|تطبيق|قناتنا|المقال|الخبر|الاخبار|على|عبر|facebook|twitter|whatsapp|telegram");
    private static final Pattern RELATED_HEADER = rx(
            "^(مقالات مشابهه|مقالات ذات صله|اخبار ذات صله|موضوعات ذات صله|اقرا ايضا|اقرا المزيد|شاهد ايضا"
                    + "|related( articles| posts)?|read more|read also)\\s*:?$");
    private static final Pattern READ_ALSO = rx("^(اقرا ايضا|read also)\\s*:?$");
    private static final Pattern BULLET = rx("^[•·▪►◄\\-*–—]\\s*\\S");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TAGS = rx(
            "^(كلمات دلاليه|الكلمات المفتاحيه|كلمات مفتاحيه|الكلمات الدلاليه|الوسوم|وسوم|tags|keywords)\\s*:");

    private Boilerplate() {
    }

    /** Unicode-aware so that \\b and \\s work on Arabic. */
    private static Pattern rx(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * Classifies the paragraphs of one document.
     *
     * @return for each paragraph, the rule that flags it, or null when it is article text
     */
    public static List<String> classify(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        boolean inPolicy = false;
        boolean inRelated = false;
        boolean afterReadAlso = false;
        for (String raw : paragraphs) {
            String p = foldForRules(raw);
            boolean isShort = raw.length() <= SHORT;
            String rule = null;
            if (isShort && SITE_CHROME.matcher(p).lookingAt()) {
                rule = "site-chrome";
            } else if (isShort && COMMENT_PROMPT.matcher(p).lookingAt()) {
                rule = "comment-prompt";
            } else if (isShort && COMMENT_POLICY.matcher(p).find()) {
                rule = "comment-policy";
                inPolicy = true;
            } else if (inPolicy && isShort) {
                rule = "comment-policy";
            } else if (isShort && SHARE_PROMPT.matcher(p).lookingAt() && SHARE_WORDS.matcher(p).find()) {
                rule = "share-prompt";
            } else if (isShort && RELATED_HEADER.matcher(p).lookingAt()) {
                rule = "related-list";
                inRelated = true;
                afterReadAlso = READ_ALSO.matcher(p).lookingAt();
            } else if ((inRelated && isShort && BULLET.matcher(p).lookingAt()) || (afterReadAlso && isShort)) {
                rule = "related-list";
                afterReadAlso = false;
            } else if (TAGS.matcher(p).lookingAt() || mostlyHashtags(p)) {
                rule = "tags";
            }
            if (rule == null) {
                inPolicy = false;
                inRelated = false;
                afterReadAlso = false;
            }
            out.add(rule);
        }
        return out;
    }

    /**
     * The folded text the rules look at. A long paragraph is only checked for tags, which are
     * anchored at its start, and for hashtags: without a '#', folding its beginning is enough.
     * Every rule but COMMENT_POLICY is anchored at the start (so {@code lookingAt}, not a scan).
     */
    private static String foldForRules(String raw) {
        if (raw.length() > SHORT && raw.indexOf('#') < 0) {
            String head = fold(raw.substring(0, Math.min(raw.length(), 2 * TAG_HEAD)));
            if (head.length() >= TAG_HEAD) {
                return head;
            }
        }
        return fold(raw.length() > 4 * SHORT ? raw.substring(0, 4 * SHORT) : raw);
    }

    private static boolean mostlyHashtags(String p) {
        if (p.indexOf('#') < 0) {
            return false; // the common case, without splitting every paragraph of a large import
        }
        String[] words = SPACES.split(p);
        int tags = 0;
        for (String w : words) {
            if (w.startsWith("#") && w.length() > 1) {
                tags++;
            }
        }
        return words.length >= 2 && tags * 2 > words.length;
    }

    /** A matching form: no tatweel or harakat, one alef, ya for alef maqsura, ha for ta marbuta, lower-case. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                // a run of white space (ASCII, or no-break space) becomes one space
                case '\u00A0', ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                    if (b.isEmpty() || b.charAt(b.length() - 1) != ' ') {
                        b.append(' ');
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT).strip();
    }
}
