package dev.nudge.math;

import java.util.Objects;

/** A whole, non-negative power {@code base^exponent}. */
public record Pow(Expr base, int exponent) implements Expr {
    public Pow {
        Objects.requireNonNull(base, "base");
        if (exponent < 0 || exponent > Limits.MAX_DEGREE) {
            throw new MathException("exponents go from 0 to " + Limits.MAX_DEGREE + ", not " + exponent);
        }
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitPow(this);
    }
}
