package mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NfcTest {

    @Test
    void shaddaTypedBeforeFathaIsPutInCanonicalOrder() {
        String typed = "\u0634\u0651\u064E"; // sheen, shadda (class 33), fatha (class 30)
        assertThat(Nfc.normalize(typed)).isEqualTo("\u0634\u064E\u0651");
        assertThat(Nfc.isNormalized(typed)).isFalse();
    }

    @Test
    void decomposedAlefWithHamzaIsComposed() {
        assertThat(Nfc.normalize("\u0627\u0654")).isEqualTo("\u0623");
    }
}
