package dev.nudge.step;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Expr;
import dev.nudge.math.Forms;
import dev.nudge.math.MathException;
import dev.nudge.math.Parser;
import dev.nudge.math.Rational;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A number as a learner types it: any constant the engine reads ({@code 0.4}, {@code 11/3}, {@code 1e-3}). */
public final class TypedNumber {
    private static final String EMPTY = "quiz.emptyNumber";
    private static final String NOT_A_NUMBER = "quiz.notNumber";
    private static final String NO_VALUE = "quiz.noValue";
    private TypedNumber() {
    }

    /** The typed text as a constant expression, if it is one (no names, nothing but numbers and operations). */
    public static Optional<Expr> constant(String typed) {
        try {
            return Optional.of(Parser.parse(typed)).filter(Forms::isArithmetic);
        } catch (MathException unreadable) {
            return Optional.empty();
        }
    }

    /** The typed text's exact value, if it is a constant that has one ({@code 1/0} has none). */
    public static Optional<Rational> value(String typed) {
        return constant(typed).flatMap(expr -> {
            try {
                return Optional.of(Algebra.evaluate(expr, Definitions.none(), Map.of()));
            } catch (MathException noValue) {
                return Optional.empty();
            }
        });
    }

    /**
     * The verdict on {@code typed} as a number, which {@code judge} gives for its exact value: input that is no number
     * is {@link Verdict.Invalid}, and the work is bounded as {@link TypedAnswer#bounded} bounds it. Never throws.
     */
    public static Verdict graded(String typed, Function<Rational, Verdict> judge) {
        return TypedAnswer.problem(typed, EMPTY).orElseGet(() -> TypedAnswer.bounded(() -> judged(typed.strip(), judge)));
    }

    private static Verdict judged(String typed, Function<Rational, Verdict> judge) {
        Optional<Expr> constant = constant(typed);
        if (constant.isEmpty()) {
            return Verdict.Invalid.saying(NOT_A_NUMBER);
        }
        Rational value;
        try {
            value = Algebra.evaluate(constant.get(), Definitions.none(), Map.of());
        } catch (MathException noValue) {
            return noValue.isLimit() ? TypedAnswer.cannotCheck(noValue) : Verdict.Invalid.quoting(NO_VALUE, noValue);
        }
        try {
            return judge.apply(value);
        } catch (MathException broken) {
            return TypedAnswer.cannotCheck(broken);
        }
    }
}
