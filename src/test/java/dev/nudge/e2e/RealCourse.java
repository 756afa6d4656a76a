package dev.nudge.e2e;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Lesson;
import dev.nudge.step.TaughtStep;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;

/**
 * The project's own course, as the end-to-end tests find their way through it: a test that goes to a step counts
 * the steps from the lesson files, so a step added to a lesson moves the test along instead of breaking it.
 */
final class RealCourse {
    private static final Path LESSONS = Path.of("").toAbsolutePath().resolve("lessons");

    private RealCourse() {
    }

    /** The lesson with {@code id}, in {@code language}. */
    static Lesson<TaughtStep> lesson(String id, Language language) {
        return Kinds.load(LESSONS).course().orElseThrow().lessons(language).stream()
                .filter(lesson -> lesson.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Starts {@code ./nudge} in English in {@code tmux} and opens the derivative lesson (lesson 6) from the contents,
     * waiting for its first step.
     */
    static void openTheDerivativeLesson(Tmux tmux) throws InterruptedException {
        tmux.typeLine("./nudge; echo \"EXIT=$?\"");
        tmux.awaitText("Start the course");
        tmux.type("t");
        tmux.type("6");
        tmux.awaitText(position("derivative", "tiny-change"));
    }

    /** The position of step {@code stepId} in lesson {@code lessonId} as a page's header shows it: {@code 3/13}. */
    static String position(String lessonId, String stepId) {
        var lesson = lesson(lessonId, Language.EN);
        int index = lesson.steps().stream().map(TaughtStep::id).toList().indexOf(stepId);
        if (index < 0) {
            throw new IllegalArgumentException("no step " + stepId + " in lesson " + lessonId);
        }
        return (index + 1) + "/" + lesson.steps().size();
    }
}
