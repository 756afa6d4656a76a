package dev.nudge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.step.StepContext;
import dev.nudge.tui.VirtualTutor;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.TestCourse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The load generator's walking learners on the real loop and the real course: every key the walk says changes the
 * screen does, from the start page through every lesson to the course-complete page, so the load generator never
 * takes a key that draws nothing for one the server left unanswered.
 */
class LearnerWalkTest {
    private static final Language LANGUAGE = Language.EN;
    private static final LearnerWalk.Course COURSE = new LearnerWalk.Course(lessons());

    @Test
    void everyKeyThatSaysItChangesTheScreenDoesOverTheWholeCourse() throws InterruptedException {
        var walk = walkFrom(0, 1);
        int pressed = walkUntilComplete(walk);
        assertThat(pressed).as("keys of a whole walk").isGreaterThan(200);
    }

    @Test
    void aLearnerStartingPastTheNinthLessonGetsThereThroughTheContents() throws InterruptedException {
        var walk = walkFrom(9, 1000);
        var lessons = lessons();
        try (var tutor = start()) {
            // t opens the contents, Down moves to the lesson, Enter opens it
            for (int i = 0; i < walk.firstLesson() + 2; i++) {
                press(tutor, walk.next());
            }
            assertThat(tutor.awaitSettled().lines().findFirst().orElseThrow())
                    .contains("Lesson 10/" + lessons.size(), lessons.get(walk.firstLesson()).title());
            for (int i = 0; i < 100; i++) {
                press(tutor, walk.next());
            }
        }
    }

    @Test
    void learnersStartAtDifferentLessonsAndMakeDifferentMistakes() {
        var starts = IntStream.range(0, 200).mapToObj(seed -> walkFrom(-1, seed).firstLesson()).distinct().count();
        assertThat(starts).isEqualTo(lessons().size());
        var seeds = IntStream.range(0, 200).filter(seed -> walkFrom(-1, seed).firstLesson() == 0).limit(2).toArray();
        assertThat(firstKeys(walkFrom(-1, seeds[0]))).isNotEqualTo(firstKeys(walkFrom(-1, seeds[1])));
    }

    private int walkUntilComplete(LearnerWalk walk) throws InterruptedException {
        int pressed = 0;
        int afterLast = 0;
        try (var tutor = start()) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            while (afterLast < 4) {
                var press = walk.next();
                if (press.key().is('?')) {
                    afterLast++;
                }
                press(tutor, press);
                pressed++;
            }
        }
        return pressed;
    }

    private static void press(VirtualTutor tutor, LearnerWalk.Press press) {
        var before = tutor.awaitSettled();
        var cellsBefore = tutor.cells();
        tutor.press(List.of(press.key()));
        tutor.awaitSettled();
        if (press.changesScreen()) {
            assertThat(tutor.cells()).as("the screen after %s, which the walk says changes it, on\n%s",
                    press.key().label(), before).isNotEqualTo(cellsBefore);
        }
    }

    private static VirtualTutor start() {
        return VirtualTutor.start(80, 24, TestCourse.start(LANGUAGE), new ViewOptions(false, true));
    }

    /** A walk that starts at {@code lesson} (any, if negative), searching seeds upwards from {@code seed}. */
    private static LearnerWalk walkFrom(int lesson, long seed) {
        for (long s = seed; ; s++) {
            var walk = new LearnerWalk(COURSE, StepContext.UNNAMED_LEARNER, s);
            if (lesson < 0 || walk.firstLesson() == lesson) {
                return walk;
            }
        }
    }

    private static List<LearnerWalk.Press> firstKeys(LearnerWalk walk) {
        return IntStream.range(0, 300).mapToObj(i -> walk.next()).toList();
    }

    static List<? extends dev.nudge.lesson.Lesson<? extends dev.nudge.lesson.Step>> lessons() {
        var book = TestCourse.book();
        return IntStream.range(0, book.lessonCount()).mapToObj(i -> book.lesson(LANGUAGE, i)).toList();
    }
}
