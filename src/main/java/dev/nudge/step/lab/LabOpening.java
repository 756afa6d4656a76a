package dev.nudge.step.lab;

import dev.nudge.lab.LabSetup;
import dev.nudge.lesson.LessonMath;
import java.util.List;

/**
 * The lab a lab step opens: the lesson's model (its network, if it has one), the step's points (or the lesson's),
 * the lesson's parameters with the step's starting values on top, and the step's learning rate.
 */
final class LabOpening {
    private LabOpening() {
    }

    static LabSetup setup(LessonMath math, LabStep lab) {
        return LabSetup.of(math.definitions(), math.pointsOr(lab.points()), math.valuesWith(lab.parameters()),
                math.evaluate(lab.rate().text(), List.of())).training(math.network());
    }
}
