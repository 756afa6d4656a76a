package dev.nudge.math;

import java.util.Objects;

/** A quotient, {@code \\frac{a}{b}} or {@code a/b}. */
public record Div(Expr numerator, Expr denominator) implements Expr {
    public Div {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitDiv(this);
    }
}
