package dev.nudge.math;

import java.util.Objects;

/** A product, written with a sign ({@code \\times}, {@code \\cdot}, {@code *}) when {@code explicit}, else by juxtaposition ({@code 4P_1}). */
public record Mul(Expr left, Expr right, boolean explicit) implements Expr {
    public Mul {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitMul(this);
    }
}
