package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.progress.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The small course in {@code src/test/resources/fixture-course}: three lessons in English and Japanese with one step
 * of every kind (prose with a display equation, a guess, a choice, a number and an expression quiz, a lab step). Tests
 * of how screens look run on it, so their golden files stay as they are when the real course grows; what the real
 * course teaches is checked by the tests that walk it ({@link TestCourse}).
 */
public final class FixtureCourse {
    public static final Path FOLDER = Path.of("src", "test", "resources", "fixture-course");
    private static final LoadedCourse FIXTURE = new LoadedCourse(FOLDER);

    private FixtureCourse() {
    }

    public static CourseBook book() {
        return FIXTURE.book();
    }

    /** A new learner's first state. */
    public static TutorState start(Language language) {
        return FIXTURE.start(language);
    }

    /** A new learner's state at the step {@code stepId} of lesson {@code lessonId}, on the lesson page. */
    public static TutorState at(Language language, String lessonId, String stepId) {
        return FIXTURE.at(language, lessonId, stepId);
    }

    /** The state of a learner who has done {@code progress}, at the step {@code stepId} of lesson {@code lessonId}. */
    public static TutorState at(Language language, Progress progress, String lessonId, String stepId) {
        return FIXTURE.at(language, progress, lessonId, stepId);
    }

    /** The state after pressing {@code keys} (written as {@link #keys} reads them) in {@code state}. */
    public static TutorState after(TutorState state, String keys) {
        var now = state;
        for (var key : keys(keys)) {
            now = Tutor.update(now, new Event.KeyPressed(key)).state();
        }
        return now;
    }

    /**
     * Keys written as a string, to keep a test's keys on one line: letters, digits and signs are typed; {@code >} is
     * Enter, {@code <} Escape, {@code v} and {@code ^} are Down and Up, {@code E} is End.
     */
    public static List<Key> keys(String keys) {
        var list = new ArrayList<Key>();
        for (char c : keys.toCharArray()) {
            list.add(switch (c) {
                case '>' -> Key.of(Key.Kind.ENTER);
                case '<' -> Key.of(Key.Kind.ESCAPE);
                case 'v' -> Key.of(Key.Kind.DOWN);
                case '^' -> Key.of(Key.Kind.UP);
                case 'E' -> Key.of(Key.Kind.END);
                default -> Key.character(c);
            });
        }
        return list;
    }
}
