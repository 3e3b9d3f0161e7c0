package mizan.corpus;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTest {

    private static List<String> classify(String... lines) {
        return Boilerplate.classify(Arrays.asList(lines));
    }

    @Test
    void eachRuleNamesWhatItFlags() {
        assertThat(classify("Exit mobile version")).containsExactly("site-chrome");
        assertThat(classify("اترك تعليقاً")).containsExactly("comment-prompt");
        assertThat(classify("Leave a Reply")).containsExactly("comment-prompt");
        assertThat(classify("الوسوم: روسيا، كوريا")).containsExactly("tags");
        assertThat(classify("#روسيا #كوريا_الشمالية #بوتين")).containsExactly("tags");
        assertThat(classify("شارك هذا المقال على فيسبوك")).containsExactly("share-prompt");
    }

    @Test
    void aCommentPolicyHeaderFlagsTheShortRulesAfterItButNotTheArticleThatFollows() {
        String article = "و".repeat(10) + " " + "قال المتحدث باسم الخارجية الروسية إن التعاون العسكري مع بيونغ يانغ"
                + " لا يخالف أي قرار دولي، وإن موسكو ستواصل تطوير علاقاتها مع جيرانها في الشرق الأقصى بما يخدم"
                + " مصالح البلدين ويعزز الاستقرار في المنطقة.";
        assertThat(classify("رأيكم يهــمنا", "أن يكون للتعليق صلة مباشرة بمضمون المقال.", article))
                .containsExactly("comment-policy", "comment-policy", null);
    }

    @Test
    void aRelatedListTakesBulletsAndAReadAlsoTakesOneHeadline() {
        assertThat(classify("مقالات ذات صلة", "• عنوان أول", "• عنوان ثان", "فقرة عادية من المقال."))
                .containsExactly("related-list", "related-list", "related-list", null);
        assertThat(classify("اقرأ أيضاً:", "عنوان مقال آخر", "فقرة عادية من المقال."))
                .containsExactly("related-list", "related-list", null);
    }

    @Test
    void articleSentencesThatMentionCommentsOrSharingAreNotFlagged() {
        assertThat(classify(
                "وقال المتحدث إن الوزارة لن تترك تعليقات المسؤولين الأمريكيين دون رد.",
                "تابع الرئيس بوتين حديثه عن التعاون العسكري مع بيونغ يانغ خلال مؤتمر صحفي طويل في موسكو.",
                "#"))
                .containsExactly(null, null, null);
    }
}
