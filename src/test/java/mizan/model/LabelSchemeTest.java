package mizan.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelSchemeTest {

    @Test
    void theDefaultSchemeHasTheDesignTargetsLabelsAndEntityTypes() {
        LabelScheme s = LabelScheme.defaults();
        assertThat(s.targetIds()).containsExactly("MILCOOP", "WAR_SUPPORT", "SANCTIONS");
        assertThat(s.stanceLabelIds()).containsExactly("FAVOR", "AGAINST", "NEUTRAL", "UNRELATED");
        assertThat(s.entityTypeIds()).containsExactly("PERS", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE",
                "CARDINAL", "PRODUCT", "LAW", "OCC");
        assertThat(s.claimerStances()).containsExactly("AFFIRM", "REFUTE");
        assertThat(s.targets().get(0).description()).contains("روسيا");
    }

    private static String scheme(String entities) {
        return "{\"stance\": {\"labels\": [{\"id\": \"FAVOR\", \"key\": \"1\"}],"
                + " \"targets\": [{\"id\": \"T1\"}]}, \"entities\": [" + entities + "]}";
    }

    @Test
    void aDuplicateKeyIsNamed() {
        assertThatThrownBy(() -> LabelScheme.parse(scheme(
                "{\"id\": \"PERS\", \"key\": \"p\"}, {\"id\": \"ORG\", \"key\": \"p\"}"), "team.json"))
                .hasMessageContaining("team.json").hasMessageContaining("duplicate key 'p'")
                .hasMessageContaining("PERS").hasMessageContaining("ORG");
        assertThatThrownBy(() -> LabelScheme.parse(scheme("{\"id\": \"PERS\", \"key\": \"1\"}"), "team.json"))
                .hasMessageContaining("duplicate key '1'");
    }

    @Test
    void anUnknownTypeOrFieldIsNamed() {
        assertThatThrownBy(() -> LabelScheme.parse(scheme("{\"id\": \"PERS\", \"key\": \"p\"}")
                .replace("\"entities\"", "\"relations\": [], \"entities\""), "team.json"))
                .hasMessageContaining("unknown section 'relations'");
        assertThatThrownBy(() -> LabelScheme.parse(scheme("{\"id\": \"PERS\", \"key\": \"p\", \"colour\": \"red\"}"),
                "team.json")).hasMessageContaining("unknown field 'colour'");
    }

    @Test
    void aMissingIdIsNamedWithItsPlace() {
        assertThatThrownBy(() -> LabelScheme.parse(scheme("{\"key\": \"p\"}"), "team.json"))
                .hasMessageContaining("entities[0]: missing id");
    }

    @Test
    void malformedJsonGivesTheLine() {
        assertThatThrownBy(() -> LabelScheme.parse("{\n\"stance\": [\n", "team.json"))
                .hasMessageContaining("team.json: not valid JSON at line");
    }
}
