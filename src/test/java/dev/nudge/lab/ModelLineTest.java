package dev.nudge.lab;

import static dev.nudge.lab.LabTest.article;
import static dev.nudge.lab.LabTest.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The model's line against the data: the model's own outputs, drawn in a window that keeps the points still. */
class ModelLineTest {
    /** The line's height at {@code x}, between the two samples around it. */
    private static double heightAt(ModelLine line, double x) {
        var xs = line.xs();
        for (int i = 1; i < xs.length; i++) {
            if (x <= xs[i]) {
                double t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
                return line.ys()[i - 1] + t * (line.ys()[i] - line.ys()[i - 1]);
            }
        }
        throw new AssertionError("x = " + x + " is outside the line's samples");
    }

    @Test
    void theLineIsTheModelsOutputAndTheWindowHoldsTheDataAndTheStartingLine() {
        var model = article("0.1");
        var line = ModelLine.of(model, 9).orElseThrow();
        assertThat(line.pointXs()).containsExactly(0, 1, 2);
        assertThat(line.pointYs()).containsExactly(-2, 1, 4);
        for (int i = 0; i < line.xs().length; i++) {
            // The article's start is P_0 = 1, P_1 = 1: the line x + 1.
            assertThat(line.ys()[i]).isCloseTo(line.xs()[i] + 1, within(1e-9));
        }
        for (double x : line.pointXs()) {
            assertThat(line.x().contains(x)).isTrue();
            assertThat(line.y().contains(x + 1)).isTrue();
        }
        for (double y : line.pointYs()) {
            assertThat(line.y().contains(y)).isTrue();
        }
        assertThat(line.x().min()).isLessThan(0);
        assertThat(line.x().max()).isGreaterThan(2);
    }

    @Test
    void theLineSwingsOntoThePointsWhileTheWindowStaysPut() {
        var start = ModelLine.of(article("0.1"), 41).orElseThrow();
        var model = press(article("0.1"), LabInput.RUN_OR_PAUSE);
        while (model.running()) {
            model = press(model, LabInput.TICK);
        }
        var end = ModelLine.of(model, 41).orElseThrow();
        assertThat(end.x()).isEqualTo(start.x());
        assertThat(end.y()).isEqualTo(start.y());
        for (int i = 0; i < end.pointXs().length; i++) {
            assertThat(heightAt(end, end.pointXs()[i])).as("the line at point %d", i)
                    .isCloseTo(end.pointYs()[i], within(1e-3));
            assertThat(Math.abs(heightAt(start, start.pointXs()[i]) - start.pointYs()[i])).isGreaterThan(0.5);
        }
    }
}
