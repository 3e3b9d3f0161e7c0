package mizan.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentPlanTest {

    private static List<AssignmentPlan.Doc> docs(int n) {
        List<AssignmentPlan.Doc> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new AssignmentPlan.Doc("d" + i, 10 + (i * 7) % 23));
        }
        return out;
    }

    @Test
    void everyDocumentGoesToExactlyKDistinctAnnotatorsWithTheLoadBalanced() {
        List<AssignmentPlan.Doc> docs = docs(40);
        List<String> people = List.of("dina", "amal", "badr", "carim", "ezz");
        Map<String, List<String>> plan = AssignmentPlan.deal(docs, people, 2);
        Map<String, Integer> perDoc = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (Map.Entry<String, List<String>> e : plan.entrySet()) {
            assertThat(e.getValue()).doesNotHaveDuplicates();
            for (String d : e.getValue()) {
                perDoc.merge(d, 1, Integer::sum);
                load.merge(e.getKey(), docs.stream().filter(x -> x.id().equals(d)).findFirst().orElseThrow().paragraphs(),
                        Integer::sum);
            }
        }
        assertThat(perDoc).hasSize(40).allSatisfy((d, k) -> assertThat(k).isEqualTo(2));
        int max = load.values().stream().max(Integer::compare).orElseThrow();
        int min = load.values().stream().min(Integer::compare).orElseThrow();
        int largestDoc = docs.stream().mapToInt(AssignmentPlan.Doc::paragraphs).max().orElseThrow();
        assertThat(max - min).as("paragraph loads " + load).isLessThanOrEqualTo(largestDoc);
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverTheOrderOfNames() {
        List<AssignmentPlan.Doc> docs = docs(12);
        assertThat(AssignmentPlan.deal(docs, List.of("a", "b", "c"), 2))
                .isEqualTo(AssignmentPlan.deal(docs, List.of("c", "a", "b"), 2));
    }

    @Test
    void anOverlapLargerThanTheTeamIsRefused() {
        assertThatThrownBy(() -> AssignmentPlan.deal(docs(3), List.of("a", "b"), 3))
                .hasMessageContaining("--overlap 3 needs at least 3 annotators; there are 2");
    }
}
