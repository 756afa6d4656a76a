package dev.nudge.step;

import dev.nudge.lesson.Step;

/**
 * A step as the tutor teaches it: a step of the lesson that also knows how a learner starts working at it. Everything
 * after the start (keys, body, footer, plain mode) belongs to the session it starts, which holds the step.
 */
public interface TaughtStep extends Step {
    /**
     * A fresh session for a learner arriving at this step. Throws {@code MathException} when the lesson's math does
     * not compute, which a checked course never does; the tutor then shows the step to read.
     */
    StepSession start(StepContext context);
}
