package mizan.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** labels.json is read as written: every field of the wrong type is refused naming it, and no member twice. */
class LabelSchemeTypesTest {

    /** A small valid scheme, one member per line so that line numbers mean something. */
    private static final String SCHEME = String.join("\n",
            "{",
            "  \"name\": \"team scheme\",",
            "  \"version\": 2,",
            "  \"stance\": {",
            "    \"labels\": [{\"id\": \"FAVOR\", \"key\": \"1\", \"description\": \"for\"}],",
            "    \"targets\": [{\"id\": \"T1\", \"name\": \"target one\"}]",
            "  },",
            "  \"entities\": [",
            "    {\"id\": \"PERS\",",
            "     \"key\": \"p\",",
            "     \"color\": \"yellow\"}",
            "  ],",
            "  \"claims\": {\"claimer_stances\": [\"AFFIRM\", \"REFUTE\"]},",
            "  \"guidelines\": [\"Label what is written.\"]",
            "}");

    private static String problem(String json) {
        try {
            LabelScheme.parse(json, "labels.json");
        } catch (LabelScheme.SchemeException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void theSchemeAsWrittenIsAccepted() {
        LabelScheme s = LabelScheme.parse(SCHEME, "labels.json");
        assertThat(s.name()).isEqualTo("team scheme");
        assertThat(s.entityType("PERS").orElseThrow().color()).isEqualTo("yellow");
        assertThat(s.stanceLabels().get(0).description()).isEqualTo("for");
        assertThat(s.guidelines()).containsExactly("Label what is written.");
    }

    @Test
    void aMemberGivenTwiceIsRefusedNamingTheFileTheLineAndTheMember() {
        assertThat(problem(SCHEME.replace("     \"key\": \"p\",", "     \"key\": \"p\", \"key\": \"q\",")))
                .isEqualTo("labels.json:10: 'key' is given twice (entities[0].key); give each member once");
        assertThat(problem(SCHEME.replace("  \"version\": 2,", "  \"version\": 2,\n  \"version\": 3,")))
                .startsWith("labels.json:4: 'version' is given twice;");
    }

    @Test
    void theVersionIsAWholeNumber() {
        assertThat(problem(SCHEME.replace("\"version\": 2", "\"version\": \"one\"")))
                .isEqualTo("labels.json: version is \"one\": it must be a whole number, like 1");
        assertThat(problem(SCHEME.replace("\"version\": 2", "\"version\": 1.5"))).contains("version is 1.5");
        assertThat(problem(SCHEME.replace("\"version\": 2", "\"version\": true"))).contains("version is true");
    }

    @Test
    void keysAreOneCharacterOrAKeyName() {
        assertThat(problem(SCHEME.replace("\"key\": \"p\"", "\"key\": 5")))
                .isEqualTo("labels.json: entities[0].key is 5: it must be a string");
        assertThat(problem(SCHEME.replace("\"key\": \"p\"", "\"key\": \"pp\"")))
                .startsWith("labels.json: entities[0]: key 'pp' is not a key: give one character");
        assertThat(problem(SCHEME.replace("\"key\": \"p\"", "\"key\": \"\\u0007\""))).contains("is not a key");
        assertThat(LabelScheme.parse(SCHEME.replace("\"key\": \"p\"", "\"key\": \"ب\""), "labels.json")
                .entityType("PERS").orElseThrow().key()).isEqualTo("ب");
        assertThat(LabelScheme.parse(SCHEME.replace("\"key\": \"p\"", "\"key\": \"C-p\""), "labels.json")
                .entityType("PERS").orElseThrow().key()).isEqualTo("C-p");
        assertThat(LabelScheme.parse(SCHEME.replace("\"key\": \"p\"", "\"key\": \"S-Left\""), "labels.json")
                .entityType("PERS").orElseThrow().key()).isEqualTo("S-Left");
    }

    @Test
    void coloursComeFromTheKnownListAndAreStrings() {
        assertThat(problem(SCHEME.replace("\"yellow\"", "\"gold\""))).contains("unknown colour 'gold'");
        assertThat(problem(SCHEME.replace("\"yellow\"", "3")))
                .isEqualTo("labels.json: entities[0].color is 3: it must be a string");
    }

    @Test
    void namesDescriptionsAndGuidelinesAreStrings() {
        assertThat(problem(SCHEME.replace("\"description\": \"for\"", "\"description\": [\"for\"]")))
                .isEqualTo("labels.json: stance.labels[0].description is [\"for\"]: it must be a string");
        assertThat(problem(SCHEME.replace("\"name\": \"target one\"", "\"name\": false")))
                .isEqualTo("labels.json: stance.targets[0].name is false: it must be a string");
        assertThat(problem(SCHEME.replace("\"name\": \"team scheme\"", "\"name\": 7")))
                .isEqualTo("labels.json: name is 7: it must be a string");
        assertThat(problem(SCHEME.replace("[\"Label what is written.\"]", "[\"Label what is written.\", 2]")))
                .isEqualTo("labels.json: guidelines[1] is 2: it must be a string");
        assertThat(problem(SCHEME.replace("[\"Label what is written.\"]", "\"Label what is written.\"")))
                .contains("guidelines is \"Label what is written.\": it must be a list");
    }

    @Test
    void sectionsHaveTheirShapes() {
        assertThat(problem(SCHEME.replace("\"targets\": [{\"id\": \"T1\", \"name\": \"target one\"}]",
                "\"targets\": {\"id\": \"T1\"}"))).contains("stance.targets is {\"id\":\"T1\"}: it must be a list");
        assertThat(problem(SCHEME.replace("\"claimer_stances\": [\"AFFIRM\", \"REFUTE\"]",
                "\"claimer_stances\": [\"AFFIRM\", 1]"))).contains("claims.claimer_stances[1] is 1: it must be a string");
        assertThat(problem(SCHEME.replace("\"claimer_stances\": [\"AFFIRM\", \"REFUTE\"]",
                "\"claimer_stances\": [\"AFFIRM\", \"AFFIRM\"]"))).contains("claims.claimer_stances[1] 'AFFIRM'");
        assertThat(problem(SCHEME.replace("\"stance\": {", "\"stance\": {\"labelz\": [],")))
                .contains("stance: unknown field 'labelz'");
        assertThat(problem(SCHEME.replace("\"entities\": [", "\"entities\": [1, "))).contains("entities[0] is 1");
    }

    @Test
    void theShippedSchemePassesTheStricterReading() {
        assertThat(LabelScheme.defaults().entityTypes()).hasSize(12);
    }
}
