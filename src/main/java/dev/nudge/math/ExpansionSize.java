package dev.nudge.math;

/**
 * An upper bound on how large an expression's expansion would be, read off the tree without expanding it:
 * {@code ((P_1+1)^100)^100} is a short input whose expansion has 10001 terms of thousands of digits. It decides
 * whether comparing two expansions is cheap enough, or the comparison must use values at points instead.
 *
 * @param terms at most this many terms (saturating at {@link Long#MAX_VALUE})
 * @param degree at most this total degree
 */
record ExpansionSize(long terms, long degree) {
    /** Expansions up to this many terms are compared term by term. */
    static final long SMALL_TERMS = 400;
    /** Expansions up to this degree are compared term by term. */
    static final long SMALL_DEGREE = 100;

    /** Whether {@code expr} (definitions substituted) expands to a polynomial small enough to compare exactly. */
    static boolean isSmall(Expr expr) {
        if (!Expander.isPolynomial(expr)) {
            return false;
        }
        ExpansionSize size = of(expr);
        return size.terms <= SMALL_TERMS && size.degree <= SMALL_DEGREE;
    }

    static ExpansionSize of(Expr expr) {
        Work.spend(1);
        if (expr instanceof Var) {
            return new ExpansionSize(1, 1);
        }
        if (expr instanceof Add || expr instanceof Sub) {
            ExpansionSize left = of(expr.children().get(0));
            ExpansionSize right = of(expr.children().get(1));
            return new ExpansionSize(sum(left.terms, right.terms), Math.max(left.degree, right.degree));
        }
        if (expr instanceof Mul mul) {
            ExpansionSize left = of(mul.left());
            ExpansionSize right = of(mul.right());
            return new ExpansionSize(product(left.terms, right.terms), sum(left.degree, right.degree));
        }
        if (expr instanceof Pow pow) {
            ExpansionSize base = of(pow.base());
            long terms = 1;
            for (int i = 0; i < pow.exponent() && terms <= SMALL_TERMS; i++) {
                terms = product(terms, base.terms);
            }
            return new ExpansionSize(pow.exponent() == 0 ? 1 : terms, product(base.degree, pow.exponent()));
        }
        if (expr instanceof Div div) {
            return of(div.numerator());
        }
        ExpansionSize largest = new ExpansionSize(1, 0);
        for (Expr child : expr.children()) {
            ExpansionSize size = of(child);
            largest = new ExpansionSize(Math.max(largest.terms, size.terms), Math.max(largest.degree, size.degree));
        }
        return largest;
    }

    private static long sum(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    private static long product(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
