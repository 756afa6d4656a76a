package dev.nudge.lab;

import static dev.nudge.lab.LabTest.article;
import static dev.nudge.lab.LabTest.press;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The loss plot's axes stay put while the point is in view, and are fitted again when it leaves or when asked. */
class LossAxesTest {
    @Test
    void aDescentKeepsTheAxesWhileThePointIsInViewAndRefitsThemWhenItLeaves() {
        var model = article("0.1");
        int kept = 0;
        int refitted = 0;
        for (int step = 0; step < 150; step++) {
            var before = model.axes().orElseThrow();
            model = press(model, LabInput.DESCEND);
            var after = model.axes().orElseThrow();
            assertThat(after.show(model)).as("the point is in view after step %d", step + 1).isTrue();
            if (before.show(model)) {
                assertThat(after).as("kept while the point stays in view").isEqualTo(before);
                kept++;
            } else {
                assertThat(after).as("fitted again once the point left").isEqualTo(LossAxes.around(model).get());
                refitted++;
            }
        }
        assertThat(kept).isGreaterThan(100);
        assertThat(refitted).isBetween(1, 5);
    }

    @Test
    void theRescaleKeyFitsTheAxesToWhereThePointIsNow() {
        var model = article("0.1");
        for (int step = 0; step < 60; step++) {
            model = press(model, LabInput.DESCEND);
        }
        var fitted = LossAxes.around(model).orElseThrow();
        assertThat(model.axes()).as("the axes of an earlier point, still showing this one").isNotEqualTo(
                java.util.Optional.of(fitted));
        var rescaled = press(model, LabInput.RESCALE);
        assertThat(rescaled.axes()).contains(fitted);
        assertThat(rescaled.values()).isEqualTo(model.values());
    }

    @Test
    void movingByHandInViewKeepsTheAxesAndSelectingAnotherParameterFitsItsOwn() {
        var model = article("0.1");
        var start = model.axes().orElseThrow();
        assertThat(press(model, LabInput.INCREASE).axes()).contains(start);
        var other = press(model, LabInput.NEXT_PARAMETER).axes().orElseThrow();
        assertThat(other.parameter()).isEqualTo("P_1");
        assertThat(other.x().contains(1)).isTrue();
        var single = press(model, LabInput.SWITCH_LOSS).axes().orElseThrow();
        assertThat(single.kind()).isEqualTo(LossKind.SINGLE_POINT);
    }
}
