package dev.nudge.math;

import java.util.List;

/** A chain {@code a = b = c}; operations act on its last side, the result the chain arrives at. */
public record Equation(List<Expr> sides) implements Expr {
    public Equation {
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("an equation needs two sides");
        }
    }

    /** The side the chain arrives at. */
    public Expr last() {
        return sides.get(sides.size() - 1);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitEquation(this);
    }
}
