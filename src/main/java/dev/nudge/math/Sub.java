package dev.nudge.math;

import java.util.Objects;

/** A difference {@code left - right}. */
public record Sub(Expr left, Expr right) implements Expr {
    public Sub {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSub(this);
    }
}
