package dev.nudge.step.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.progress.StepKey;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each learner's order of a quiz's choices: a permutation, the same every time, and not the same for everyone. */
class ChoiceOrderTest {
    private static final StepKey KNOBS = new StepKey("function", "what-is-adjusted");

    @Test
    void everyOrderShowsEachChoiceOnce() {
        for (int count = 1; count <= 6; count++) {
            for (var learner : List.of("learner", "ada", "SHA256:abc", "名前", "")) {
                var order = ChoiceOrder.of(learner, KNOBS, count);
                assertThat(order.files()).as("%s, %d choices", learner, count)
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, count).boxed().toList());
                for (int position = 0; position < count; position++) {
                    assertThat(order.position(order.file(position))).isEqualTo(position);
                }
            }
        }
    }

    @Test
    void theOrderIsTheSameEveryTimeForTheSameLearnerAndStep() {
        var first = ChoiceOrder.of("ada", KNOBS, 4);
        assertThat(ChoiceOrder.of("ada", new StepKey("function", "what-is-adjusted"), 4)).isEqualTo(first);
        // Fixed by the function itself, not by the run: a learner's order never changes between versions.
        assertThat(ChoiceOrder.of("ada", KNOBS, 4).files()).isEqualTo(first.files());
    }

    @Test
    void learnersAndStepsGetDifferentOrders() {
        var byLearner = new HashSet<List<Integer>>();
        var byStep = new HashSet<List<Integer>>();
        for (int i = 0; i < 40; i++) {
            byLearner.add(ChoiceOrder.of("learner-" + i, KNOBS, 3).files());
            byStep.add(ChoiceOrder.of("ada", new StepKey("lesson", "step-" + i), 3).files());
        }
        assertThat(byLearner).as("orders of 3 choices among 40 learners").hasSize(6);
        assertThat(byStep).as("orders of 3 choices over 40 steps").hasSize(6);
    }

    @Test
    void theRightChoiceIsFirstForAboutOneLearnerInThree() {
        long first = IntStream.range(0, 300).filter(i -> ChoiceOrder.of("learner-" + i, KNOBS, 3).file(0) == 0)
                .count();
        assertThat(first).isBetween(70L, 130L);
    }

    @Test
    void anOrderThatRepeatsOrMissesAChoiceIsRefused() {
        assertThatThrownBy(() -> new ChoiceOrder(List.of(0, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChoiceOrder(List.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChoiceOrder.inFile(3).files()).containsExactly(0, 1, 2);
    }
}
