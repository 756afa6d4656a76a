package dev.nudge.math;

import java.util.Objects;

/** A leading minus sign, {@code -x}; only at the start of a sum, so {@code -(-2)} needs its parentheses. */
public record Neg(Expr operand) implements Expr {
    public Neg {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNeg(this);
    }
}
