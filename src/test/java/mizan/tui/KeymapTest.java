package mizan.tui;

import mizan.model.LabelScheme;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeymapTest {

    private static final LabelScheme SCHEME = LabelScheme.defaults();

    @Test
    void theDefaultTableBindsEveryKeyOnceAndCoversTheSchemesLabels() {
        Keymap k = Keymap.defaults(SCHEME);
        Set<String> keys = new HashSet<>();
        for (Keymap.Binding b : k.bindings()) {
            assertThat(keys.add(b.key())).as("key " + b.key() + " bound once").isTrue();
        }
        assertThat(k.lookup(Key.of("1"))).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo("STANCE:FAVOR"));
        assertThat(k.lookup(Key.of("p"))).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo("TAG_ENTITY:PERS"));
        assertThat(k.lookup(Key.of("C-r"))).hasValueSatisfying(b -> assertThat(b.action()).isEqualTo(Action.REDO));
        assertThat(k.bindings().stream().filter(b -> b.action() == Action.TAG_ENTITY)).hasSize(12);
    }

    @Test
    void aKeyFileOverridesBindingsAndTheHelpFollows() {
        Keymap k = Keymap.fromJson(SCHEME, "{\"UNDO\": \"z\", \"TAG_ENTITY:PERS\": \"P\"}", "keys.json");
        assertThat(k.lookup(Key.of("z"))).hasValueSatisfying(b -> assertThat(b.action()).isEqualTo(Action.UNDO));
        assertThat(k.lookup(Key.of("u"))).isEmpty();
        assertThat(k.keyOf(Action.TAG_ENTITY, "PERS")).isEqualTo("P");
        assertThat(KeyTable.markdown(k, SCHEME)).contains("| `z` | undo").contains("| `P` | tag PERS");
    }

    @Test
    void aKeyBoundTwiceIsRefusedNamingBothBindings() {
        assertThatThrownBy(() -> Keymap.fromJson(SCHEME, "{\"UNDO\": \"x\"}", "keys.json"))
                .hasMessageContaining("keys.json").hasMessageContaining("key 'x' is bound twice")
                .hasMessageContaining("DELETE_SPAN").hasMessageContaining("UNDO");
    }

    @Test
    void unknownActionsAndMalformedFilesAreNamed() {
        assertThatThrownBy(() -> Keymap.fromJson(SCHEME, "{\"UNDOO\": \"z\"}", "keys.json"))
                .hasMessageContaining("unknown action(s) in the key file: UNDOO");
        assertThatThrownBy(() -> Keymap.fromJson(SCHEME, "{\"UNDO\": ", "keys.json"))
                .hasMessageContaining("keys.json: not valid JSON");
        assertThatThrownBy(() -> Keymap.fromJson(SCHEME, "{\"UNDO\": 3}", "keys.json"))
                .hasMessageContaining("must be a non-empty string");
    }

    @Test
    void anActionMayHaveSeveralKeysAndAKeyFileMayGiveItSeveral() {
        Keymap k = Keymap.defaults(SCHEME);
        assertThat(k.keysOf(Action.CLEAR_STANCE)).containsExactly("0", "Backspace");
        assertThat(k.lookup(Key.of("Enter")).orElseThrow().action()).isEqualTo(Action.NEXT_PARAGRAPH);
        Keymap mine = Keymap.fromJson(SCHEME, "{\"NEXT_PARAGRAPH\": \"PgDn j\"}", "keys.json");
        assertThat(mine.keysOf(Action.NEXT_PARAGRAPH)).containsExactly("PgDn", "j");
        assertThat(mine.lookup(Key.of("Enter"))).as("the file's keys replace the action's defaults").isEmpty();
    }

    @Test
    void theReadmesKeyTableIsTheTableInForce() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(mizan.TestFiles.root().resolve("README.md"));
        assertThat(readme).as("README's key table: regenerate with mizan annotate --print-keys")
                .contains(KeyTable.markdown(Keymap.defaults(SCHEME), SCHEME).strip());
    }
}
