package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives the derivative of a polynomial in one variable from its nudge ratio, as a person does on paper: write
 * {@code (L(x + h) - L(x)) / h}, put the polynomial in, multiply out the powers of {@code x + h}, take off the
 * bracket, cancel what has no {@code h}, divide by {@code h}, and let {@code h} shrink to 0. Every step is exact and
 * labelled; the terms are counted against {@link Limits#MAX_TERMS} and the {@link Work} budget.
 */
final class DifferenceQuotient {
    /** The name of the nudge in the derivation. */
    static final String NUDGE = "h";
    /** Work steps for one term written out. */
    private static final int STEPS_PER_TERM = 8;

    private final String name;
    private final Var variable;
    private final Var nudge = new Var(NUDGE);

    /**
     * One term of the expanded numerator, {@code coefficient x^power h^nudgePower}.
     *
     * @param source the index of the polynomial's term it came from
     */
    private record Term(Rational coefficient, int power, int nudgePower, int source) {
        Term divided() {
            return new Term(coefficient, power, nudgePower - 1, source);
        }

        Term negated() {
            return new Term(coefficient.negate(), power, nudgePower, source);
        }
    }

    private DifferenceQuotient(String name, Var variable) {
        this.name = name;
        this.variable = variable;
    }

    /** The derivation of {@code d name / d variable} for {@code expr}, which must expand to a polynomial in it. */
    static Derivation of(String name, Expr expr, String variable, Definitions definitions) {
        if (variable.equals(NUDGE)) {
            throw new MathException("the nudge is called " + NUDGE + ": derive by another name");
        }
        Polynomial polynomial = polynomialIn(expr, variable, definitions);
        return new DifferenceQuotient(name, new Var(variable)).derive(polynomial);
    }

    /** {@code expr} expanded, refused unless it is a polynomial in {@code variable} alone. */
    static Polynomial polynomialIn(Expr expr, String variable, Definitions definitions) {
        Polynomial polynomial = polynomialOf(expr, definitions);
        for (String other : polynomial.variables()) {
            if (!other.equals(variable)) {
                throw new MathException("the expression also depends on " + other + ", not only on " + variable);
            }
        }
        return polynomial;
    }

    /** {@code expr} expanded, refused unless it is a polynomial. */
    static Polynomial polynomialOf(Expr expr, Definitions definitions) {
        Expr inlined = definitions.inline(expr instanceof Equation equation ? equation.last() : expr);
        if (!Expander.isPolynomial(inlined)) {
            throw new MathException("only a polynomial can be derived from its nudge ratio");
        }
        return Expander.expand(inlined);
    }

    private Derivation derive(Polynomial polynomial) {
        List<Term> given = terms(polynomial);
        List<Term> nudged = nudged(given);
        var steps = new ArrayList<RewriteStep>();
        Expr ratio = new Div(new Sub(call(new Add(variable, nudge)), call(variable)), nudge);
        steps.add(new RewriteStep(ratio, Reason.NUDGE_RATIO, List.of()));
        Expr atNudged = new Sub(at(polynomial.toExpr(), new Group(new Add(variable, nudge))),
                new Group(polynomial.toExpr()));
        add(steps, over(atNudged), Reason.AT_NUDGED_POINT,
                List.of(new Equation(List.of(call(variable), polynomial.toExpr()))));
        add(steps, over(new Sub(sum(nudged), new Group(sum(given)))), Reason.MULTIPLY_OUT, multipliedOut(given));
        var opened = new ArrayList<>(nudged);
        given.forEach(term -> opened.add(term.negated()));
        add(steps, over(sum(opened)), Reason.SUBTRACT_BRACKET, List.of());
        List<Term> left = nudged.stream().filter(term -> term.nudgePower() > 0).toList();
        add(steps, over(sum(left)), Reason.CANCEL, cancelled(given));
        List<Term> divided = left.stream().map(Term::divided).toList();
        add(steps, sum(divided), Reason.DIVIDE_BY_NUDGE, List.of());
        add(steps, sum(divided.stream().filter(term -> term.nudgePower() == 0).toList()), Reason.NUDGE_TO_ZERO,
                List.of());
        add(steps, polynomial.derivative(variable.name()).toExpr(), Reason.COLLECT_LIKE_TERMS, List.of());
        return new Derivation(steps);
    }

    /** Adds a step unless it would show the same expression again (a constant has nothing to cancel). */
    private static void add(List<RewriteStep> steps, Expr expression, Reason reason, List<Expr> details) {
        if (!steps.get(steps.size() - 1).expression().equals(expression)) {
            steps.add(new RewriteStep(expression, reason, details));
        }
    }

    private Expr call(Expr argument) {
        return new Call(name, List.of(argument));
    }

    private Expr over(Expr numerator) {
        return new Div(numerator, nudge);
    }

    private Expr at(Expr expr, Expr value) {
        return expr.equals(variable) ? value : expr.mapChildren(child -> at(child, value));
    }

    /** The polynomial's terms, highest power first. */
    private List<Term> terms(Polynomial polynomial) {
        var terms = new ArrayList<Term>();
        for (Map.Entry<Monomial, Rational> term : polynomial.terms().entrySet()) {
            terms.add(new Term(term.getValue(), term.getKey().power(variable.name()), 0, terms.size()));
        }
        return terms;
    }

    /** Each term {@code c x^k} at {@code x + h}, by the binomial theorem: {@code c C(k, j) x^(k-j) h^j}. */
    private List<Term> nudged(List<Term> given) {
        var nudged = new ArrayList<Term>();
        for (Term term : given) {
            Rational binomial = Rational.ONE;
            for (int j = 0; j <= term.power(); j++) {
                if (nudged.size() >= Limits.MAX_TERMS) {
                    throw MathException.of(MathProblem.TOO_MANY_TERMS, Limits.MAX_TERMS);
                }
                Work.spend(STEPS_PER_TERM);
                nudged.add(new Term(term.coefficient().multiply(binomial), term.power() - j, j, term.source()));
                binomial = binomial.multiply(Rational.of(term.power() - j)).divide(Rational.of(j + 1));
            }
        }
        return nudged;
    }

    /** The instances multiplied out: {@code (x + h)^2 = x^2 + 2xh + h^2}, {@code 4(x + h) = 4x + 4h}. */
    private List<Expr> multipliedOut(List<Term> given) {
        var details = new ArrayList<Expr>();
        for (Term term : given) {
            if (term.power() == 0) {
                continue;
            }
            var one = new Term(term.coefficient(), term.power(), 0, term.source());
            Expr before = at(sum(List.of(one)), new Group(new Add(variable, nudge)));
            details.add(new Equation(List.of(before, sum(nudged(List.of(one))))));
        }
        return details;
    }

    /** The pairs that cancel: {@code x^2 - x^2 = 0}, one per term of the polynomial. */
    private List<Expr> cancelled(List<Term> given) {
        return given.stream().<Expr>map(term -> new Equation(List.of(sum(List.of(term, term.negated())),
                new Num(Rational.ZERO)))).toList();
    }

    /** The terms as a sum written the usual way: {@code 2x h + h^2 - 4}; no terms is 0. */
    private Expr sum(List<Term> terms) {
        Expr sum = null;
        for (Term term : terms) {
            boolean negative = term.coefficient().signum() < 0;
            Expr magnitude = single(term.coefficient().abs(), term);
            if (sum == null) {
                sum = negative ? new Neg(magnitude) : magnitude;
            } else {
                sum = negative ? new Sub(sum, magnitude) : new Add(sum, magnitude);
            }
        }
        return sum == null ? new Num(Rational.ZERO) : sum;
    }

    private Expr single(Rational coefficient, Term term) {
        Polynomial one = Polynomial.constant(coefficient)
                .multiply(Polynomial.variable(variable.name()).pow(term.power()))
                .multiply(Polynomial.variable(NUDGE).pow(term.nudgePower()));
        return one.toExpr();
    }
}
