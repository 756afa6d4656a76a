package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import java.nio.file.Path;

/**
 * The real course in lessons/, loaded once, for the tests that walk it and check what it teaches. A test of how a
 * screen looks uses {@link FixtureCourse} instead, so it does not change whenever the course grows.
 */
public final class TestCourse {
    private static final LoadedCourse REAL = new LoadedCourse(Path.of("lessons"));

    private TestCourse() {
    }

    public static CourseBook book() {
        return REAL.book();
    }

    /** A new learner's state at the step {@code stepId} of lesson {@code lessonId}, on the lesson page. */
    public static TutorState at(Language language, String lessonId, String stepId) {
        return REAL.at(language, lessonId, stepId);
    }

    /** A new learner's first state. */
    public static TutorState start(Language language) {
        return REAL.start(language);
    }
}
