package dev.nudge.math;

import java.util.Objects;

/** A number, exact. */
public record Num(Rational value) implements Expr {
    public Num {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNum(this);
    }
}
