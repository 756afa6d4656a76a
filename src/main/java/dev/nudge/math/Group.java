package dev.nudge.math;

import java.util.Objects;

/** Parentheses the author wrote, kept so that an equation is shown as written (the article writes {@code ((P_0 \\times 0 + P_1) - (-2))^2}). */
public record Group(Expr inner) implements Expr {
    public Group {
        Objects.requireNonNull(inner, "inner");
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitGroup(this);
    }
}
