package dev.nudge.step.quiz;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Add;
import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.step.Verdict.Wrong;
import dev.nudge.step.Verdict;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verdict on an expression that is not equal to the answer and matches no known mistake. Where both can be
 * computed at the lesson's parameter values it says what each gives there ("at P_1 = 1 yours gives 8, the answer
 * gives 6"): a concrete difference the learner can check by hand.
 */
final class Difference {
    private static final String DIFFERS_AT = "quiz.differsAt";
    private static final String SAME_ONLY_AT = "quiz.sameOnlyAt";
    private static final String DIFFERENT = "quiz.different";

    private Difference() {
    }

    static Verdict between(Expr typed, Expr answer, LessonMath math) {
        Optional<Rational> yours = valueHere(typed, math);
        Optional<Rational> expected = valueHere(answer, math);
        String here = parametersUsed(typed, answer, math);
        if (yours.isEmpty() || expected.isEmpty() || here.isEmpty()) {
            return Wrong.saying(DIFFERENT);
        }
        if (yours.get().equals(expected.get())) {
            return Wrong.saying(SAME_ONLY_AT, here, yours.get().toString());
        }
        return Wrong.saying(DIFFERS_AT, here, yours.get().toString(), expected.get().toString());
    }

    private static Optional<Rational> valueHere(Expr expr, LessonMath math) {
        try {
            return Optional.of(Algebra.evaluate(expr, math.definitions(), math.parameters()));
        } catch (MathException needsOtherValues) {
            if (needsOtherValues.isLimit()) {
                throw needsOtherValues;
            }
            return Optional.empty();
        }
    }

    /** {@code P_0 = 1, P_1 = 1} for the lesson's parameters that either expression uses, in written order. */
    private static String parametersUsed(Expr typed, Expr answer, LessonMath math) {
        return Algebra.variables(new Add(typed, answer), math.definitions()).stream()
                .filter(math.parameters()::containsKey)
                .map(name -> name + " = " + math.parameters().get(name))
                .collect(Collectors.joining(", "));
    }
}
