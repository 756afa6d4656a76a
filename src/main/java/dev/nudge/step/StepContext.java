package dev.nudge.step;

import dev.nudge.lesson.LessonMath;
import dev.nudge.progress.Progress;
import dev.nudge.progress.StepKey;

/**
 * What a kind of step may read of the tutor while it starts a session or handles a key: which step this is (for
 * progress records), the lesson's math, and what the learner has done so far.
 *
 * @param key the step's ids, for progress records
 * @param math the math of the step's lesson
 * @param progress the learner's progress in the whole course
 */
public record StepContext(StepKey key, LessonMath math, Progress progress) {
}
