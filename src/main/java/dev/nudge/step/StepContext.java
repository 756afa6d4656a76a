package dev.nudge.step;

import dev.nudge.lesson.LessonMath;
import dev.nudge.progress.Progress;
import dev.nudge.progress.StepKey;

/**
 * What a kind of step may read of the tutor while it starts a session or handles a key: which step this is (for
 * progress records), the lesson's math, what the learner has done so far, and who the learner is (a choice quiz
 * orders its choices for them).
 *
 * @param key the step's ids, for progress records
 * @param math the math of the step's lesson
 * @param progress the learner's progress in the whole course
 * @param learner the id the learner's progress is kept under
 */
public record StepContext(StepKey key, LessonMath math, Progress progress, String learner) {
    /** The learner a session started without a name is known by, as a local run without a user name is. */
    public static final String UNNAMED_LEARNER = "learner";

    /** The context of a learner without a name. */
    public StepContext(StepKey key, LessonMath math, Progress progress) {
        this(key, math, progress, UNNAMED_LEARNER);
    }
}
