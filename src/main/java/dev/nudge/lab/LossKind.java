package dev.nudge.lab;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Expr;

/**
 * Which loss the lab descends: the article's squared error at the first point alone (at {@code x = 0} the slope
 * parameter has no effect, so its derivative is 0), or the mean squared error over all the points (where it does).
 * Switching between them shows why the course moves on to all the data.
 */
public enum LossKind {
    SINGLE_POINT {
        @Override
        Expr expression(LabSetup setup) {
            return parse(setup, setup.points().subList(0, 1));
        }
    },
    MSE {
        @Override
        Expr expression(LabSetup setup) {
            return parse(setup, setup.points());
        }
    };

    /** The loss as an expression in the parameters. */
    abstract Expr expression(LabSetup setup);

    public LossKind other() {
        return this == MSE ? SINGLE_POINT : MSE;
    }

    private static Expr parse(LabSetup setup, java.util.List<LessonMath.DataPoint> points) {
        return setup.definitions().parse(LessonMath.meanSquaredError(setup.model(), points));
    }
}
