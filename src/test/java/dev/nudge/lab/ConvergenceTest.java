package dev.nudge.lab;

import static dev.nudge.lab.LabTest.article;
import static dev.nudge.lab.LabTest.press;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.lesson.LessonMath.DataPoint;
import dev.nudge.math.Definitions;
import dev.nudge.math.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A running descent stops by itself once every slope is below the tolerance, and says after how many steps. */
class ConvergenceTest {
    private static final Rational TOLERANCE = Rational.parse("0.00001");

    private static boolean flat(LabModel model) {
        return model.parameters().stream().allMatch(name -> model.slope(name).abs().compareTo(TOLERANCE) < 0);
    }

    @Test
    void aRunningDescentStopsAtTheFirstStepWhereEverySlopeIsBelowTheTolerance() {
        int needed = 0;
        for (var stepped = article("0.1"); !flat(stepped); stepped = press(stepped, LabInput.DESCEND)) {
            needed++;
        }
        var model = press(article("0.1"), LabInput.RUN_OR_PAUSE);
        int ticks = 0;
        while (model.running()) {
            model = press(model, LabInput.TICK);
            ticks++;
            assertThat(ticks).as("ticks before it stops").isLessThan(1000);
        }
        assertThat(model.steps()).isEqualTo(needed).isGreaterThan(100);
        assertThat(model.converged()).isTrue();
        assertThat(model.notice()).contains(LabNotice.of("lab.notice.converged", String.valueOf(needed), "0.00001"));
        assertThat(press(model, LabInput.TICK)).as("no step after it stopped").isEqualTo(model);
    }

    /** The first steps come one a tick, so they can be followed; a long run then takes more at each tick. */
    @Test
    void aLongRunTakesMoreStepsAtEachTick() {
        var model = press(article("0.1"), LabInput.RUN_OR_PAUSE);
        var counts = new java.util.ArrayList<Integer>();
        while (model.running() && model.steps() < 120) {
            int before = model.steps();
            model = press(model, LabInput.TICK);
            counts.add(model.steps() - before);
        }
        assertThat(counts.subList(0, 50)).as("the first 50 ticks").containsOnly(1);
        assertThat(counts.subList(50, 75)).as("up to step 100").containsOnly(2);
        assertThat(counts.get(counts.size() - 1)).as("past step 100").isEqualTo(5);
    }

    @Test
    void runningFromTheBottomSaysItHasAlreadyConvergedAndDoesNotStart() {
        var start = new LinkedHashMap<String, Rational>();
        start.put("P_0", Rational.of(3));
        start.put("P_1", Rational.of(-2));
        var model = LabModel.start(LabSetup.of(Definitions.none().define("f(x, P) = P_0 \\times x + P_1"),
                List.of(new DataPoint(Rational.ZERO, Rational.of(-2)), new DataPoint(Rational.ONE, Rational.ONE)),
                start, Rational.parse("0.1")));
        var pressed = press(model, LabInput.RUN_OR_PAUSE);
        assertThat(pressed.running()).isFalse();
        assertThat(pressed.notice()).contains(LabNotice.of("lab.notice.convergedAlready", "0", "0.00001"));
    }

    @Test
    void theStepCountGoesOnPastTheHistoryKeptAndStartsAgainAfterAMoveByHand() {
        var model = article("0.001");
        for (int i = 0; i < LabModel.HISTORY + 5; i++) {
            model = press(model, LabInput.DESCEND);
        }
        assertThat(model.steps()).isEqualTo(LabModel.HISTORY + 5);
        assertThat(model.history()).hasSize(LabModel.HISTORY);
        assertThat(press(model, LabInput.INCREASE).steps()).isZero();
        assertThat(press(model, LabInput.RESET).steps()).isZero();
    }
}
