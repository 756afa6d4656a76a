package dev.nudge.math;

import java.util.Objects;

/** A whole, non-negative power {@code base^exponent}. */
public record Pow(Expr base, int exponent) implements Expr {
    public Pow {
        Objects.requireNonNull(base, "base");
        if (exponent < 0 || exponent > Limits.MAX_DEGREE) {
            throw MathException.of(MathProblem.EXPONENT_RANGE, Limits.MAX_DEGREE, exponent);
        }
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitPow(this);
    }
}
