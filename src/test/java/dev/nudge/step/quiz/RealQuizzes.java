package dev.nudge.step.quiz;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Course;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Step;
import dev.nudge.step.TaughtStep;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The quizzes of the course in {@code lessons/}, picked by lesson and step id, and the math of their lessons. */
public final class RealQuizzes {
    private static final Course<TaughtStep> COURSE = Kinds.load(Path.of("lessons")).course().orElseThrow();

    private RealQuizzes() {
    }

    public static Lesson<TaughtStep> lesson(String lessonId) {
        return COURSE.lessons(Language.EN).stream().filter(l -> l.id().equals(lessonId)).findFirst().orElseThrow();
    }

    public static LessonMath math(String lessonId) {
        return LessonMath.of(lesson(lessonId));
    }

    /** A quiz with the math of its lesson, ready to grade. */
    public record Graded(String where, Quiz quiz, LessonMath math) {
        @Override
        public String toString() {
            return where;
        }
    }

    /** Every quiz of the course, in {@code language}. */
    public static List<Graded> all(Language language) {
        var quizzes = new ArrayList<Graded>();
        for (var lesson : COURSE.lessons(language)) {
            var math = LessonMath.of(lesson);
            lesson.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                    .forEach(step -> quizzes.add(new Graded(lesson.id() + "/" + step.id(), step.quiz(), math)));
        }
        return quizzes;
    }

    public static <Q extends Quiz> Q quiz(String lessonId, String stepId, Class<Q> kind) {
        Step step = lesson(lessonId).steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
        return kind.cast(((QuizStep) step).quiz());
    }
}
