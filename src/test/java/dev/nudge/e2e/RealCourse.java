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

    /**
     * Opens the lesson {@code lessonId} from the start page by moving the contents' cursor to it (the digit keys reach
     * only lessons 1 to 9), and waits for its first step.
     */
    static void openLesson(Tmux tmux, String lessonId) throws InterruptedException {
        tmux.type("t");
        tmux.awaitText("1. ");
        for (int i = 0; i < lessonIndex(lessonId); i++) {
            tmux.press("Down");
        }
        tmux.press("Enter");
        var first = lesson(lessonId, Language.EN).steps().get(0).id();
        tmux.awaitText(position(lessonId, first));
    }

    /** Where lesson {@code lessonId} stands in the course, from 0, counted from the course file. */
    static int lessonIndex(String lessonId) {
        var ids = Kinds.load(LESSONS).course().orElseThrow().lessons(Language.EN).stream().map(Lesson::id).toList();
        int index = ids.indexOf(lessonId);
        if (index < 0) {
            throw new IllegalArgumentException("no lesson " + lessonId + " in the course");
        }
        return index;
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
