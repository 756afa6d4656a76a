package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Step;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizStep;
import dev.nudge.step.registry.Kinds;
import dev.nudge.tutor.FixtureCourse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fixture course that screen tests run on is a course an author could have written: {@code nudge lessons check}
 * passes it, and it holds a step of every kind.
 */
class FixtureCourseCheckTest {

    @Test
    void theFixtureCoursePassesTheLessonCheckWithAStepOfEveryKind() {
        var out = new StringWriter();
        var err = new StringWriter();
        LocalSession noTutor = (language, options, plain, who, errors) -> {
            throw new AssertionError("lessons check must not start a tutor");
        };
        int exitCode = Commands.run(new LocaleDefaults(Map.of("LANG", "en_US.UTF-8")), noTutor,
                new PrintWriter(out), new PrintWriter(err), "lessons", "check", FixtureCourse.FOLDER.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("no problems: 4 lessons, 18 steps (4 guesses, 4 quizzes, 1 lab, 1 predict, 3 derives, 1 nudges step) in en, ja");
    }

    /** When a new kind of step or quiz comes, this fails until the fixture course has one, so its screens get tested. */
    @Test
    void theFixtureCourseHoldsAStepOfEveryKindAndAQuizOfEveryType() {
        for (var language : Language.values()) {
            var steps = steps(language);
            var kinds = new java.util.ArrayList<>(Kinds.names());
            kinds.add("prose");
            assertThat(steps.stream().map(Step::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(kinds);
            assertThat(steps.stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                    .<Class<?>>map(quiz -> quiz.quiz().getClass()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(Quiz.ChoiceQuiz.class, Quiz.NumberQuiz.class, Quiz.ExpressionQuiz.class);
        }
    }

    private static List<? extends Step> steps(Language language) {
        var book = FixtureCourse.book();
        return IntStream.range(0, book.lessonCount()).mapToObj(i -> book.lesson(language, i))
                .flatMap(lesson -> lesson.steps().stream()).toList();
    }
}
