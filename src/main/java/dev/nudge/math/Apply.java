package dev.nudge.math;

import java.util.Objects;

/**
 * A built-in function applied to one argument, {@code relu(w x + b)}: a node of its own, not a {@link Call}, because
 * it is never substituted away, evaluates exactly where it stands and has its own derivative rule.
 */
public record Apply(Builtin function, Expr argument) implements Expr {
    public Apply {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitApply(this);
    }
}
