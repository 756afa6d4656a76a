package dev.nudge.tutor;

import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Mistake;
import dev.nudge.lesson.Quiz;
import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Expr;
import dev.nudge.math.Forms;
import dev.nudge.math.MathException;
import dev.nudge.math.Parser;
import dev.nudge.math.Rational;
import dev.nudge.tutor.Verdict.Invalid;
import dev.nudge.tutor.Verdict.Wrong;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades a typed number against a number quiz. The learner may write any constant the engine reads ({@code 11/3},
 * {@code 1e-3}, {@code (1.001 + 2)^2}); it is compared exactly, within the quiz's tolerance.
 */
final class NumberGrading {
    private static final String NOT_A_NUMBER = "quiz.notNumber";
    private static final String NO_VALUE = "quiz.noValue";
    private static final String TOO_HIGH = "quiz.tooHigh";
    private static final String TOO_LOW = "quiz.tooLow";

    private NumberGrading() {
    }

    static Verdict grade(Quiz.NumberQuiz quiz, LessonMath math, String typed) {
        Optional<Expr> constant = TypedNumber.constant(typed);
        if (constant.isEmpty()) {
            return Invalid.saying(NOT_A_NUMBER);
        }
        Rational value;
        try {
            value = Algebra.evaluate(constant.get(), Definitions.none(), Map.of());
        } catch (MathException noValue) {
            return noValue.isLimit() ? Grader.cannotCheck(noValue) : Invalid.saying(NO_VALUE, noValue.problem());
        }
        try {
            return compare(quiz, math, value);
        } catch (MathException broken) {
            return Grader.cannotCheck(broken);
        }
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
