package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An expanded expression with like terms collected, the canonical form the tutor shows
 * ({@code P_1^2 + 4P_1 + 4}) and compares answers in. Terms are kept highest degree first, as the
 * article writes them; exact coefficients, never zero.
 */
public record Polynomial(SortedMap<Monomial, Rational> terms) {
    /** Work steps for keeping one term: a sorted map entry. */
    private static final int STEPS_PER_TERM = 4;
    /** Work steps for multiplying two terms: a new monomial, a product and a sorted merge. */
    private static final int STEPS_PER_PAIR = 40;

    public Polynomial {
        TreeMap<Monomial, Rational> copy = new TreeMap<>();
        terms.forEach((monomial, coefficient) -> {
            if (!coefficient.isZero()) {
                copy.put(monomial, coefficient);
            }
        });
        Work.spend(STEPS_PER_TERM * copy.size());
        if (copy.size() > Limits.MAX_TERMS) {
            throw MathException.of(MathProblem.TOO_MANY_TERMS, Limits.MAX_TERMS);
        }
        terms = java.util.Collections.unmodifiableSortedMap(copy);
    }

    public static Polynomial constant(Rational value) {
        return new Polynomial(new TreeMap<>(Map.of(Monomial.ONE, value)));
    }

    public static Polynomial variable(String name) {
        return new Polynomial(new TreeMap<>(Map.of(Monomial.of(name), Rational.ONE)));
    }

    public Polynomial add(Polynomial other) {
        TreeMap<Monomial, Rational> sum = new TreeMap<>(terms);
        other.terms.forEach((monomial, coefficient) -> sum.merge(monomial, coefficient, Rational::add));
        return new Polynomial(sum);
    }

    public Polynomial negate() {
        return scale(Rational.ONE.negate());
    }

    public Polynomial subtract(Polynomial other) {
        return add(other.negate());
    }

    public Polynomial scale(Rational factor) {
        TreeMap<Monomial, Rational> scaled = new TreeMap<>();
        terms.forEach((monomial, coefficient) -> scaled.put(monomial, coefficient.multiply(factor)));
        return new Polynomial(scaled);
    }

    /** The product, refused before it would combine more than {@link Limits#MAX_PRODUCT_WORK} pairs of terms. */
    public Polynomial multiply(Polynomial other) {
        if ((long) terms.size() * other.terms.size() > Limits.MAX_PRODUCT_WORK) {
            throw MathException.of(MathProblem.WOULD_HAVE_TOO_MANY_TERMS, Limits.MAX_TERMS);
        }
        TreeMap<Monomial, Rational> product = new TreeMap<>();
        terms.forEach((left, a) -> other.terms.forEach((right, b) -> {
            Work.spend(STEPS_PER_PAIR);
            product.merge(left.times(right), a.multiply(b), Rational::add);
        }));
        return new Polynomial(product);
    }

    public Polynomial pow(int exponent) {
        Polynomial result = constant(Rational.ONE);
        Polynomial square = this;
        for (int rest = exponent; rest > 0; rest >>= 1) {
            if ((rest & 1) == 1) {
                result = result.multiply(square);
            }
            if (rest > 1) {
                square = square.multiply(square);
            }
        }
        return result;
    }

    /** The partial derivative with respect to {@code variable}, by the power rule term by term. */
    public Polynomial derivative(String variable) {
        TreeMap<Monomial, Rational> derived = new TreeMap<>();
        terms.forEach((monomial, coefficient) -> {
            int power = monomial.power(variable);
            if (power > 0) {
                derived.merge(monomial.withoutOne(variable), coefficient.multiply(Rational.of(power)), Rational::add);
            }
        });
        return new Polynomial(derived);
    }

    /** The polynomial with the given variables replaced by their values; the others stay. */
    public Polynomial substitute(Map<String, Rational> values) {
        Polynomial result = constant(Rational.ZERO);
        for (Map.Entry<Monomial, Rational> term : terms.entrySet()) {
            Polynomial product = constant(term.getValue());
            for (Map.Entry<String, Integer> power : term.getKey().powers().entrySet()) {
                Rational value = values.get(power.getKey());
                Polynomial factor = value == null ? variable(power.getKey()).pow(power.getValue())
                        : constant(value.pow(power.getValue()));
                product = product.multiply(factor);
            }
            result = result.add(product);
        }
        return result;
    }

    public boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(Monomial.ONE));
    }

    /** The value of a constant polynomial. */
    public Rational constantValue() {
        if (!isConstant()) {
            throw MathException.of(MathProblem.NEEDS_VALUE, String.join(", ", variables()));
        }
        return terms.getOrDefault(Monomial.ONE, Rational.ZERO);
    }

    /** The variables that occur, in {@link VariableOrder}. */
    public List<String> variables() {
        TreeMap<String, Integer> names = new TreeMap<>(VariableOrder.INSTANCE);
        terms.keySet().forEach(monomial -> names.putAll(monomial.powers()));
        return new ArrayList<>(names.keySet());
    }

    /** The expression the article would write: {@code P_1^2 + 4P_1 + 4}. */
    public Expr toExpr() {
        Expr sum = null;
        for (Map.Entry<Monomial, Rational> term : terms.entrySet()) {
            Rational coefficient = term.getValue();
            Expr magnitude = term(coefficient.abs(), term.getKey());
            if (sum == null) {
                sum = coefficient.signum() < 0 ? new Neg(magnitude) : magnitude;
            } else {
                sum = coefficient.signum() < 0 ? new Sub(sum, magnitude) : new Add(sum, magnitude);
            }
        }
        return sum == null ? new Num(Rational.ZERO) : sum;
    }

    private static Expr term(Rational coefficient, Monomial monomial) {
        Expr product = coefficient.isOne() && !monomial.powers().isEmpty() ? null : new Num(coefficient);
        for (Map.Entry<String, Integer> power : monomial.powers().entrySet()) {
            Var variable = new Var(power.getKey());
            Expr factor = power.getValue() == 1 ? variable : new Pow(variable, power.getValue());
            product = product == null ? factor : new Mul(product, factor, false);
        }
        return product;
    }

    /** The LaTeX of {@link #toExpr()}. */
    @Override
    public String toString() {
        return Renderer.latex(toExpr());
    }
}
