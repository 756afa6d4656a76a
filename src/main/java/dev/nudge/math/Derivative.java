package dev.nudge.math;

import java.util.Objects;

/** The derivative of {@code body} with respect to {@code variable}: {@code \\frac{dLoss}{dP_1}} when the body is a name, else {@code \\frac{d}{dP_1}(...)}; {@code partial} when written with {@code \\partial}. */
public record Derivative(Expr body, Var variable, boolean partial) implements Expr {
    public Derivative {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(variable, "variable");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitDerivative(this);
    }
}
