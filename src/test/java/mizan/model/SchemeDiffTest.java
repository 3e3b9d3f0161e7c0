package mizan.model;

import mizan.model.SchemeDiff.Change;
import mizan.model.SchemeDiff.Part;
import mizan.model.SchemeDiff.What;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemeDiffTest {

    private static final LabelScheme DEFAULTS = LabelScheme.defaults();

    private static LabelScheme edited(String... replacements) {
        String json = DEFAULTS.json();
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(json).contains(replacements[i]);
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        return LabelScheme.parse(json, "team.json");
    }

    @Test
    void theSameSchemeHasNoDifferences() {
        assertThat(DEFAULTS.diff(LabelScheme.defaults()).isEmpty()).isTrue();
    }

    @Test
    void eachPartSaysWhatWasAddedRemovedRekeyedOrReworded() {
        LabelScheme next = edited(
                "{\"id\": \"OCC\",      \"key\": \"t\", \"color\": \"cyan\",    \"description\": \"A title or occupation: الرئيس, وزير الخارجية.\"}",
                "{\"id\": \"MONEY\", \"key\": \"y\"}",
                "{\"id\": \"ORG\",      \"key\": \"o\"", "{\"id\": \"ORG\",      \"key\": \"i\"",
                "\"description\": \"The paragraph does not concern the target.\"", "\"description\": \"Off topic.\"",
                "\"claimer_stances\": [\"AFFIRM\", \"REFUTE\"]", "\"claimer_stances\": [\"AFFIRM\", \"REFUTE\", \"HEDGE\"]",
                "{\"id\": \"SANCTIONS\",", "{\"id\": \"NUKES\",");
        SchemeDiff d = DEFAULTS.diff(next);

        assertThat(d.of(Part.ENTITY_TYPE)).containsExactly(new Change(Part.ENTITY_TYPE, "ORG", What.KEY, "o", "i"),
                new Change(Part.ENTITY_TYPE, "OCC", What.REMOVED, null, null),
                new Change(Part.ENTITY_TYPE, "MONEY", What.ADDED, null, "y"));
        assertThat(d.of(Part.STANCE_LABEL)).containsExactly(
                new Change(Part.STANCE_LABEL, "UNRELATED", What.WORDING, null, null));
        assertThat(d.removed(Part.TARGET)).containsExactly("SANCTIONS");
        assertThat(d.added(Part.TARGET)).containsExactly("NUKES");
        assertThat(d.added(Part.CLAIMER_STANCE)).containsExactly("HEDGE");
        assertThat(d.guidelinesChanged()).isFalse();
    }
}
