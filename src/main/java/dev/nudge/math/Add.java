package dev.nudge.math;

import java.util.Objects;

/** A sum {@code left + right}. */
public record Add(Expr left, Expr right) implements Expr {
    public Add {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitAdd(this);
    }
}
