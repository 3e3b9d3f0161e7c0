package mizan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How triples become a matrix: category order and values, missing cells, conflicting ratings. */
class LabelMatrixBuilderTest {

    @Test
    void numericLabelsAreSortedByValueAndKeepIt() {
        LabelMatrix m = new LabelMatrixBuilder().add("u1", "a", "10").add("u1", "b", "2").add("u2", "a", "-1.5")
                .build();
        assertThat(m.categoryNames()).containsExactly("-1.5", "2", "10");
        assertThat(m.categoryValues()).containsExactly(-1.5, 2, 10);
        assertThat(m.code(0, 0)).isEqualTo(2);
        assertThat(m.code(1, 1)).isEqualTo(LabelMatrix.MISSING);
        assertThat(m.ratings()).isEqualTo(3);
    }

    @Test
    void otherLabelsKeepTheDeclaredOrderThenFirstAppearanceWithRanksAsValues() {
        LabelMatrix m = new LabelMatrixBuilder().categories(List.of("low", "high"))
                .add("u1", "a", "mid").add("u1", "b", "high").add("u2", "a", "NaN").build();
        assertThat(m.categoryNames()).containsExactly("low", "high", "mid", "NaN");
        assertThat(m.categoryValues()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void repeatedRatingIsHarmlessButAConflictIsRefused() {
        LabelMatrixBuilder b = new LabelMatrixBuilder().add("u1", "a", "x").add("u1", "a", "x");
        assertThat(b.build().ratings()).isEqualTo(1);
        assertThatThrownBy(() -> b.add("u1", "a", "y"))
                .hasMessage("annotator 'a' labelled item 'u1' twice, as 'x' and as 'y'");
    }

    @Test
    void declaredAnnotatorsWithoutRatingsStillCountAndSelectionReorders() {
        LabelMatrix m = new LabelMatrixBuilder().annotators(List.of("c", "a", "b")).add("u1", "a", "x")
                .add("u1", "b", "y").build();
        assertThat(m.annotatorNames()).containsExactly("c", "a", "b");
        LabelMatrix ba = m.selectAnnotators(m.annotatorIndex("b"), m.annotatorIndex("a"));
        assertThat(ba.annotatorNames()).containsExactly("b", "a");
        assertThat(ba.categoryNames().get(ba.code(0, 0))).isEqualTo("y");
    }
}
