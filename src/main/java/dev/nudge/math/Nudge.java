package dev.nudge.math;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The article's experiment before the derivative: nudge one parameter by a small {@code step} and
 * see how the loss moves, exactly: {@code L(p + h) - L(p)} and its ratio to {@code h}, which
 * approaches the derivative as the step shrinks.
 */
public record Nudge(String variable, Rational from, Rational step, Rational before, Rational after) {
    public Nudge {
        new Var(variable);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (step == null || step.isZero()) {
            throw MathException.of(MathProblem.NUDGE_ZERO);
        }
    }

    /** Evaluates {@code loss} at {@code values} and again with {@code variable} moved by {@code step}. */
    public static Nudge of(Expr loss, Definitions definitions, Map<String, Rational> values, String variable,
            Rational step) {
        Rational from = values.get(variable);
        if (from == null) {
            throw MathException.of(MathProblem.NUDGE_NEEDS_VALUE, variable);
        }
        Map<String, Rational> nudged = new HashMap<>(values);
        nudged.put(variable, from.add(step));
        return new Nudge(variable, from, step, Algebra.evaluate(loss, definitions, values),
                Algebra.evaluate(loss, definitions, nudged));
    }

    /** {@code L(p + h) - L(p)}. */
    public Rational change() {
        return after.subtract(before);
    }

    /** The change divided by the step: about the derivative. */
    public Rational ratio() {
        return change().divide(step);
    }
}
