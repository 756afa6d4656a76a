package dev.nudge.lab;

import dev.nudge.math.Rational;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of gradient descent: every parameter moves against its own slope, scaled by the learning rate, all slopes
 * taken at the old values. New values are rounded to {@link #DECIMALS} places so the numbers stay small however
 * long the descent runs; the error this adds is far below what the lab shows.
 */
final class Descent {
    static final int DECIMALS = dev.nudge.lesson.DescentRun.DECIMALS;
    /** Past this loss the lab stops: the descent has blown up. */
    static final Rational LIMIT = Rational.parse("1e12");
    /**
     * Below this every slope counts as zero and a running descent stops: the lab shows four decimals, so each slope
     * then reads as 0, and further steps would change nothing the learner can see.
     */
    static final Rational TOLERANCE = Rational.parse("0.00001");

    private Descent() {
    }

    /**
     * How many steps a running descent takes at one tick (ten ticks a second) once it has taken {@code done}: 1 for
     * the first 50, 2 up to 100, then 5.
     */
    static int stepsPerTick(int done) {
        return done < 50 ? 1 : done < 100 ? 2 : 5;
    }

    static Map<String, Rational> step(LabModel model) {
        var next = new LinkedHashMap<String, Rational>();
        for (var name : model.parameters()) {
            var moved = model.values().get(name).subtract(model.rate().multiply(model.slope(name)));
            next.put(name, rounded(moved));
        }
        return next;
    }

    static Rational rounded(Rational value) {
        return value.roundedTo(DECIMALS);
    }
}
