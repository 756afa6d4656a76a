package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;

/** The real course in lessons/, loaded once for every test that walks it. */
public final class TestCourse {
    private static CourseBook book;

    private TestCourse() {
    }

    public static synchronized CourseBook book() {
        if (book == null) {
            var result = Kinds.load(Path.of("lessons"));
            if (!result.clean()) {
                throw new AssertionError("the course does not load cleanly: " + result.problems());
            }
            book = new CourseBook(result.course().orElseThrow());
        }
        return book;
    }

    /** A new learner's state at the step {@code stepId} of lesson {@code lessonId}, on the lesson page. */
    public static TutorState at(Language language, String lessonId, String stepId) {
        var place = book().place(new dev.nudge.progress.StepKey(lessonId, stepId)).orElseThrow();
        return Moves.goTo(start(language), place).state();
    }

    /** A new learner's first state. */
    public static TutorState start(Language language) {
        return TutorState.start(book(), language, Progress.NONE);
    }
}
