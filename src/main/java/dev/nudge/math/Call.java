package dev.nudge.math;

import java.util.List;
import java.util.Objects;

/** A call of a defined function, {@code f(0, P)}. */
public record Call(String function, List<Expr> arguments) implements Expr {
    public Call {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("a call needs at least one argument");
        }
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCall(this);
    }
}
