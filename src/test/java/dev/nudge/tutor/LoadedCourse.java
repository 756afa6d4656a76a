package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.progress.StepKey;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;

/**
 * A course folder loaded once (it must load without a problem), and the states tests start from in it: a new
 * learner's first state, or a new learner moved to one step.
 */
public final class LoadedCourse {
    private final Path folder;
    private CourseBook book;

    public LoadedCourse(Path folder) {
        this.folder = folder;
    }

    public synchronized CourseBook book() {
        if (book == null) {
            var result = Kinds.load(folder);
            if (!result.clean()) {
                throw new AssertionError("the course in " + folder + " does not load cleanly: " + result.problems());
            }
            book = new CourseBook(result.course().orElseThrow());
        }
        return book;
    }

    /** A new learner's first state. */
    public TutorState start(Language language) {
        return TutorState.start(book(), language, Progress.NONE);
    }

    /** A new learner's state at the step {@code stepId} of lesson {@code lessonId}, on the lesson page. */
    public TutorState at(Language language, String lessonId, String stepId) {
        return at(language, Progress.NONE, lessonId, stepId);
    }

    /** The state of a learner who has done {@code progress}, at the step {@code stepId} of lesson {@code lessonId}. */
    public TutorState at(Language language, Progress progress, String lessonId, String stepId) {
        var place = book().place(new StepKey(lessonId, stepId)).orElseThrow();
        return Moves.goTo(TutorState.start(book(), language, progress), place).state();
    }
}
