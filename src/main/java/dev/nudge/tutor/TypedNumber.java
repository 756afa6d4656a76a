package dev.nudge.tutor;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Expr;
import dev.nudge.math.Forms;
import dev.nudge.math.MathException;
import dev.nudge.math.Parser;
import dev.nudge.math.Rational;
import java.util.Map;
import java.util.Optional;

/** A number as a learner types it: any constant the engine reads ({@code 0.4}, {@code 11/3}, {@code 1e-3}). */
final class TypedNumber {
    private TypedNumber() {
    }

    /** The typed text as a constant expression, if it is one (no names, nothing but numbers and operations). */
    static Optional<Expr> constant(String typed) {
        try {
            return Optional.of(Parser.parse(typed)).filter(Forms::isArithmetic);
        } catch (MathException unreadable) {
            return Optional.empty();
        }
    }

    /** The typed text's exact value, if it is a constant that has one ({@code 1/0} has none). */
    static Optional<Rational> value(String typed) {
        return constant(typed).flatMap(expr -> {
            try {
                return Optional.of(Algebra.evaluate(expr, Definitions.none(), Map.of()));
            } catch (MathException noValue) {
                return Optional.empty();
            }
        });
    }
}
