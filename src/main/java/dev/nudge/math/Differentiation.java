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
        if (Unwrap.groups(body) instanceof Div quotient && isQuotientOfSmallPolynomials(quotient)) {
            return quotientRule(quotient, variable);
        }
        return simplified(resolve(new Derivative(body, variable, false)));
    }

    private static boolean isQuotientOfSmallPolynomials(Div quotient) {
        return ExpansionSize.isSmall(quotient.numerator()) && ExpansionSize.isSmall(quotient.denominator());
    }

    /**
     * {@code (u/v)' = (u'v - uv')/v^2} with the numerator multiplied out and the denominator left squared, as a
     * person writes it: {@code (x+1)/(x-1)} gives {@code -2/(x - 1)^2}; {@code u'/v} when {@code v} is constant.
     */
    private static Expr quotientRule(Div quotient, Var variable) {
        String name = variable.name();
        Polynomial u = Expander.expand(quotient.numerator());
        Polynomial v = Expander.expand(quotient.denominator());
        boolean constantBelow = v.derivative(name).terms().isEmpty();
        Polynomial top = constantBelow ? u.derivative(name)
                : u.derivative(name).multiply(v).subtract(u.multiply(v.derivative(name)));
        if (top.terms().isEmpty()) {
            return new Num(Rational.ZERO);
        }
        Expr denominator = Tidy.tidy(quotient.denominator());
        Expr base = denominator instanceof Var ? denominator : new Group(denominator);
        Expr below = constantBelow ? base : new Pow(base, 2);
        // a minus sign in front reads better than a negated numerator in parentheses
        Expr numerator = top.toExpr();
        return numerator instanceof Neg negated ? new Neg(new Div(negated.operand(), below))
                : new Div(numerator, below);
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
