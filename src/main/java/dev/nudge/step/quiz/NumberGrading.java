package dev.nudge.step.quiz;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Rational;
import dev.nudge.step.TypedNumber;
import dev.nudge.step.Verdict.Wrong;
import dev.nudge.step.Verdict;
import java.util.List;

/**
 * Grades a typed number against a number quiz. The learner may write any constant the engine reads ({@code 11/3},
 * {@code 1e-3}, {@code (1.001 + 2)^2}); it is compared exactly, within the quiz's tolerance.
 */
final class NumberGrading {
    private static final String TOO_HIGH = "quiz.tooHigh";
    private static final String TOO_LOW = "quiz.tooLow";

    private NumberGrading() {
    }

    /** The verdict on {@code typed}, checked and bounded as {@link TypedNumber#graded} does. */
    static Verdict grade(Quiz.NumberQuiz quiz, LessonMath math, String typed) {
        return TypedNumber.graded(typed, value -> compare(quiz, math, value));
    }

    /** Right first, then a known mistake, then which side of the answer the value lies on. */
    private static Verdict compare(Quiz.NumberQuiz quiz, LessonMath math, Rational value) {
        Rational answer = math.evaluate(quiz.answer().text(), quiz.bindings());
        Rational tolerance = quiz.tolerance().map(t -> math.evaluate(t.text(), List.of()).abs())
                .orElse(Rational.ZERO);
        if (within(value, answer, tolerance)) {
            return new Verdict.Correct();
        }
        for (Mistake mistake : quiz.mistakes()) {
            // the answer's bindings belong to the answer line only, as the lesson checker computes mistakes
            if (within(value, math.evaluate(mistake.answer().text(), List.of()), tolerance)) {
                return Wrong.because(mistake.explanation());
            }
        }
        return Wrong.saying(value.compareTo(answer) > 0 ? TOO_HIGH : TOO_LOW);
    }

    private static boolean within(Rational value, Rational target, Rational tolerance) {
        return value.subtract(target).abs().compareTo(tolerance) <= 0;
    }
}
