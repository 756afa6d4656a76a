package dev.nudge.math;

/**
 * Drops parentheses a rewrite has made pointless, such as {@code (P_1)} after {@code 0 + P_1}
 * became {@code P_1}, so each step reads as a person would write it.
 */
final class Tidy {
    private Tidy() {
    }

    static Expr tidy(Expr expr) {
        Expr tidied = inside(expr);
        return tidied instanceof Group group ? tidy(group.inner()) : tidied;
    }

    private static Expr inside(Expr expr) {
        Expr mapped = expr.mapChildren(Tidy::inside);
        if (mapped instanceof Group group && isAtomic(group.inner())) {
            return group.inner();
        }
        if (mapped instanceof Apply apply && apply.argument() instanceof Group group) {
            // the function's own brackets already hold its argument together: relu(w x + b), not relu((w x + b))
            return new Apply(apply.function(), group.inner());
        }
        if (mapped instanceof Derivative derivative && derivative.body() instanceof Group group) {
            return new Derivative(group.inner(), derivative.variable(), derivative.partial());
        }
        return mapped;
    }

    private static boolean isAtomic(Expr expr) {
        return expr instanceof Var || expr instanceof Group || expr instanceof Call || expr instanceof Apply
                || (expr instanceof Num num && num.value().signum() >= 0)
                || (expr instanceof Derivative derivative && derivative.body() instanceof Var);
    }
}
