package mizan.tui;

import mizan.model.LabelScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityStylesTest {

    private static final LabelScheme DEFAULT = LabelScheme.defaults();
    private static final Pattern SGR = Pattern.compile("\033\\[[0-9;]*m");

    /** How a cell sits in the paragraph: untouched, in a claim, under the cursor, or both. */
    private static final Map<String, UnaryOperator<Style>> DECORATIONS = Map.of(
            "bare", s -> s,
            "claim", Style::withUnderline,
            "cursor", Style::withReverse,
            "claim under the cursor", s -> s.withUnderline().withReverse());

    /** The SGR sequence in force when a renderer of this many colours draws a cell of this style. */
    static String sgrOf(Style st, int colours) {
        Grid g = new Grid(1, 1);
        g.put(0, 0, "x", 1, st);
        String out = new String(new Renderer(colours).frame(g), StandardCharsets.UTF_8);
        Matcher m = SGR.matcher(out.substring(0, out.indexOf('x')));
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 256})
    void noTwoTypesOfTheDefaultSchemeLookAlikeNorLikeUntaggedText(int colours) {
        assertThat(DEFAULT.entityTypeIds()).hasSize(12);
        DECORATIONS.forEach((how, decorate) -> {
            Map<String, String> seen = new HashMap<>();
            String plain = sgrOf(decorate.apply(Style.PLAIN), colours);
            for (String type : DEFAULT.entityTypeIds()) {
                String sgr = sgrOf(decorate.apply(EntityStyles.of(DEFAULT, type, colours)), colours);
                assertThat(seen.put(sgr, type)).as("%s and %s (%s, %d colours) both send %s", seen.get(sgr), type,
                        how, colours, sgr.replace("\033", "ESC")).isNull();
                assertThat(sgr).as("%s (%s, %d colours) looks like untagged text", type, how, colours)
                        .isNotEqualTo(plain);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 256})
    void datesAndNumbersHaveAColourThatIsNeitherWhiteNorBlack(int colours) {
        for (String type : List.of("DATE", "CARDINAL")) {
            String sgr = sgrOf(EntityStyles.of(DEFAULT, type, colours), colours);
            assertThat(sgr).as(type).matches(colours == 8 ? "\033\\[0[;0-9]*;3[1-6]m" : "\033\\[0[;0-9]*;38;5;\\d+m");
        }
    }

    @Test
    void theDefaultLooksAtEightColoursAreTheSixColoursPlainAndBold() {
        Map<String, String> looks = new HashMap<>();
        for (String type : DEFAULT.entityTypeIds()) {
            Style s = EntityStyles.of(DEFAULT, type, 8);
            looks.put(type, s.fg() + (s.bold() ? " bold" : "") + (s.italic() ? " italic" : ""));
        }
        assertThat(looks).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("PERS", "YELLOW"), Map.entry("NORP", "MAGENTA"), Map.entry("ORG", "CYAN"),
                Map.entry("GPE", "GREEN"), Map.entry("LOC", "BLUE"), Map.entry("FAC", "BLUE bold"),
                Map.entry("EVENT", "RED"), Map.entry("DATE", "GREEN bold"), Map.entry("CARDINAL", "YELLOW bold"),
                Map.entry("PRODUCT", "RED bold"), Map.entry("LAW", "MAGENTA bold"), Map.entry("OCC", "CYAN bold")));
    }

    @Test
    void atTwoHundredFiftySixColoursTheDefaultTypesAreReadableOnDarkAndLightAndFarApart() {
        List<Integer> indices = DEFAULT.entityTypeIds().stream().map(t -> EntityStyles.of(DEFAULT, t, 256).fg256()).toList();
        assertReadableAndApart(indices, 23);
    }

    @Test
    void theWholePaletteIsReadableOnDarkAndLightAndFarApart() {
        LabelScheme white = scheme(Collections.nCopies(22, "white"));
        List<Integer> indices = white.entityTypeIds().stream().map(t -> EntityStyles.of(white, t, 256)).peek(s -> {
            assertThat(s.bold() || s.italic()).as("22 types fit in the palette without attributes").isFalse();
        }).map(Style::fg256).toList();
        assertReadableAndApart(indices, 18);
    }

    private static void assertReadableAndApart(List<Integer> indices, double minDelta) {
        assertThat(indices).doesNotHaveDuplicates().allMatch(i -> i >= 16 && i <= 231);
        for (int i : indices) {
            double l = luminance(Style.rgb(i));
            assertThat((l + 0.05) / 0.05).as("contrast of %d on black", i).isGreaterThanOrEqualTo(3.0);
            assertThat(1.05 / (l + 0.05)).as("contrast of %d on white", i).isGreaterThanOrEqualTo(3.0);
        }
        for (int a = 0; a < indices.size(); a++) {
            for (int b = a + 1; b < indices.size(); b++) {
                assertThat(deltaE(indices.get(a), indices.get(b))).as("ΔE between %d and %d", indices.get(a),
                        indices.get(b)).isGreaterThanOrEqualTo(minDelta);
            }
        }
    }

    @Test
    void theSchemeColourPicksTheFamilyAndLaterTypesOfTheSameColourGetItsNextLook() {
        LabelScheme s = scheme(List.of("red", "red", "blue"));
        assertThat(List.of(index(s, "T0"), index(s, "T1"), index(s, "T2"))).containsExactly(160, 202, 33);
        assertThat(EntityStyles.of(s, "T0", 8)).isEqualTo(Style.fg(Style.Color.RED));
        assertThat(EntityStyles.of(s, "T1", 8)).isEqualTo(Style.fg(Style.Color.RED).withBold());
        assertThat(EntityStyles.of(s, "T2", 8)).isEqualTo(Style.fg(Style.Color.BLUE));

        LabelScheme green = scheme(List.of("green", "red", "blue"));
        assertThat(index(green, "T0")).isEqualTo(28);
        assertThat(EntityStyles.of(green, "T0", 8)).isEqualTo(Style.fg(Style.Color.GREEN));
    }

    @Test
    void aWhiteTypeTakesNoLookFromTheTypesThatNameAColour() {
        LabelScheme s = scheme(List.of("white", "red"));
        assertThat(index(s, "T1")).isEqualTo(160);
        assertThat(EntityStyles.of(s, "T1", 8)).isEqualTo(Style.fg(Style.Color.RED));
        assertThat(index(s, "T0")).isEqualTo(130);
        assertThat(EntityStyles.of(s, "T0", 8)).isEqualTo(Style.fg(Style.Color.GREEN));
    }

    @ParameterizedTest
    @CsvSource({"8, 24", "256, 88"})
    void everyTypeOfALargeSchemeWithoutColoursLooksDifferent(int colours, int types) {
        LabelScheme s = scheme(Collections.nCopies(types, "white"));
        Map<String, String> seen = new HashMap<>();
        for (String type : s.entityTypeIds()) {
            String sgr = sgrOf(EntityStyles.of(s, type, colours).withUnderline(), colours);
            assertThat(seen.put(sgr, type)).as("%s and %s", seen.get(sgr), type).isNull();
        }
    }

    @Test
    void aStyleMadeForTwoHundredFiftySixColoursShowsItsEightColourLetterInGoldenScreens() {
        for (String type : DEFAULT.entityTypeIds()) {
            assertThat(EntityStyles.of(DEFAULT, type, 256).code()).as(type)
                    .isEqualTo(EntityStyles.of(DEFAULT, type, 8).code());
        }
        assertThat(EntityStyles.of(DEFAULT, "DATE", 256).code()).isEqualTo('G');
    }

    @Test
    void aTypeTheSchemeDoesNotKnowIsBoldItalicNotPlain() {
        assertThat(EntityStyles.of(DEFAULT, "MONEY", 256)).isEqualTo(Style.BOLD.withItalic());
        assertThat(sgrOf(EntityStyles.of(DEFAULT, "MONEY", 8), 8)).isNotEqualTo(sgrOf(Style.PLAIN, 8));
    }

    @Test
    void onlyEightAndTwoHundredFiftySixColoursAreAsked() {
        assertThatThrownBy(() -> EntityStyles.of(DEFAULT, "PERS", 16)).hasMessageContaining("8 or 256, not 16");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "xterm-256color, null, 256",
        "screen-256color, null, 256",
        "tmux-256color, '', 256",
        "xterm, truecolor, 256",
        "xterm, 24bit, 256",
        "xterm-direct, null, 256",
        "xterm-kitty, null, 256",
        "xterm, null, 8",
        "screen, null, 8",
        "tmux, null, 8",
        "linux, null, 8",
        "vt100, yes, 8",
        "dumb, truecolor, 8",
        "null, truecolor, 8",
        "'', null, 8",
    })
    void coloursOfReadsTermAndColorterm(String term, String colorterm, int expected) {
        assertThat(EntityStyles.coloursOf(term, colorterm)).isEqualTo(expected);
    }

    private static int index(LabelScheme s, String type) {
        return EntityStyles.of(s, type, 256).fg256();
    }

    /** A scheme with entity types T0, T1 … of these colours, in this order. */
    private static LabelScheme scheme(List<String> colours) {
        String keys = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!@#$%^&*()-_=+[]{};:,.<>/?|~"
                + "αβγδεζηθικλμνξοπρστυφχψω";
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            String key = keys.substring(i, i + 1).replace("\\", "\\\\").replace("\"", "\\\"");
            entities.add("{\"id\": \"T" + i + "\", \"key\": \"" + key + "\", \"color\": \"" + colours.get(i) + "\"}");
        }
        String json = "{\"stance\": {\"labels\": [{\"id\": \"FAVOR\", \"key\": \"1\"}],"
                + " \"targets\": [{\"id\": \"X\"}]}, \"entities\": [" + String.join(", ", entities) + "]}";
        return LabelScheme.parse(json, "test scheme");
    }

    private static double luminance(int[] rgb) {
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            l += weights[i] * linear(rgb[i]);
        }
        return l;
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** CIE76 colour difference: the distance of the two colours in CIELAB (D65). */
    private static double deltaE(int a, int b) {
        double[] p = lab(Style.rgb(a));
        double[] q = lab(Style.rgb(b));
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(int[] rgb) {
        double r = linear(rgb[0]);
        double g = linear(rgb[1]);
        double bl = linear(rgb[2]);
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
        return new double[]{116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
