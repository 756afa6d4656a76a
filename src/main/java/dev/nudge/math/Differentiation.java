package dev.nudge.math;

/**
 * Works out a derivative completely: exactly by the power rule on the expanded polynomial when
 * there is one, else by applying the differentiation rules all the way down and simplifying.
 */
final class Differentiation {
    private static final int MAX_PASSES = 200;

    private Differentiation() {
    }

    /** The derivative of {@code body} (definitions already substituted) with respect to {@code variable}. */
    static Expr derivative(Expr body, Var variable) {
        if (Expander.isPolynomial(body)) {
            return Expander.expand(body).derivative(variable.name()).toExpr();
        }
        return simplified(resolve(new Derivative(body, variable, false)));
    }

    private static Expr resolve(Expr expr) {
        Work.spend(1);
        Expr mapped = expr.mapChildren(Differentiation::resolve);
        if (!(mapped instanceof Derivative derivative)) {
            return mapped;
        }
        Expr rewritten = DerivativeRule.of(derivative).result();
        TreeSize.check(rewritten);
        return resolve(rewritten);
    }

    private static Expr simplified(Expr expr) {
        Expr current = Tidy.tidy(expr);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Expr next = current;
            for (LocalRule rule : Simplifications.all()) {
                next = Tidy.tidy(applyBottomUp(next, rule));
            }
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static Expr applyBottomUp(Expr expr, LocalRule rule) {
        Work.spend(1);
        Expr mapped = expr.mapChildren(child -> applyBottomUp(child, rule));
        return rule.rewrite().apply(mapped).orElse(mapped);
    }
}
