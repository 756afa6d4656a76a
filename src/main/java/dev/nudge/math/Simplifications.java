package dev.nudge.math;

import java.util.List;
import java.util.Optional;

/**
 * The small rewrites a person makes by hand when simplifying, each a {@link LocalRule} with its
 * reason, in the order a derivation tries them: {@code P_0 \times 0 = 0}, {@code -(-2) = +2},
 * the square of a sum, and so on.
 */
final class Simplifications {
    private static final LocalRule TIMES_ZERO = new LocalRule(Reason.TIMES_ZERO, Simplifications::timesZero);
    private static final LocalRule TIMES_ONE = new LocalRule(Reason.TIMES_ONE, Simplifications::timesOne);
    private static final LocalRule PLUS_ZERO = new LocalRule(Reason.PLUS_ZERO, Simplifications::plusZero);
    private static final LocalRule DOUBLE_NEGATIVE = new LocalRule(Reason.DOUBLE_NEGATIVE,
            Simplifications::doubleNegative);

    private Simplifications() {
    }

    static List<LocalRule> all() {
        return List.of(TIMES_ZERO, TIMES_ONE, PLUS_ZERO, DOUBLE_NEGATIVE,
                new LocalRule(Reason.ARITHMETIC, Simplifications::arithmetic),
                new LocalRule(Reason.SQUARE_OF_SUM, Simplifications::squareOfSum),
                new LocalRule(Reason.SQUARE_OF_DIFFERENCE, Simplifications::squareOfDifference));
    }

    /** The rules that tidy an expression without multiplying anything out or rewriting a fraction, as after the chain rule. */
    static List<LocalRule> tidying() {
        return List.of(TIMES_ZERO, TIMES_ONE, PLUS_ZERO, DOUBLE_NEGATIVE, new LocalRule(Reason.ARITHMETIC,
                node -> isWrittenFraction(node) ? Optional.empty() : arithmetic(node)));
    }

    /** A fraction of two numbers, such as 1/2: already a number as written, and clearer so than as 0.5. */
    private static boolean isWrittenFraction(Expr node) {
        return node instanceof Div div && div.numerator() instanceof Num && div.denominator() instanceof Num;
    }

    /** Replaces a call of a defined function, or a defined name, by its body in parentheses. */
    static LocalRule substitution(Definitions definitions) {
        return new LocalRule(Reason.SUBSTITUTE_DEFINITION, node -> {
            if (node instanceof Call call) {
                Definition definition = definitions.lookup(call.function()).filter(Definition::isFunction)
                        .orElseThrow(() -> MathException.of(MathProblem.NOT_A_FUNCTION, call.function()));
                return Optional.of(new Group(definition.apply(call.arguments())));
            }
            return namedSubstitution(definitions).rewrite().apply(node);
        });
    }

    /** Replaces a defined name such as {@code Loss} by its body in parentheses. */
    static LocalRule namedSubstitution(Definitions definitions) {
        return new LocalRule(Reason.SUBSTITUTE_DEFINITION, node -> node instanceof Var variable
                ? definitions.lookup(variable.name()).filter(found -> !found.isFunction()).map(found -> new Group(found.body()))
                : Optional.empty());
    }

    private static boolean isNumber(Expr expr, Rational value) {
        return value.equals(Unwrap.number(expr));
    }

    private static Optional<Expr> timesZero(Expr node) {
        boolean zero = node instanceof Mul mul
                && (isNumber(mul.left(), Rational.ZERO) || isNumber(mul.right(), Rational.ZERO));
        return zero ? Optional.of(new Num(Rational.ZERO)) : Optional.empty();
    }

    private static Optional<Expr> timesOne(Expr node) {
        if (!(node instanceof Mul mul)) {
            return Optional.empty();
        }
        if (isNumber(mul.left(), Rational.ONE)) {
            return Optional.of(mul.right());
        }
        return isNumber(mul.right(), Rational.ONE) ? Optional.of(mul.left()) : Optional.empty();
    }

    /** {@code expr} with every term 0 of a sum left out, from the inside out. */
    static Expr withoutZeroTerms(Expr expr) {
        Work.spend(1);
        Expr mapped = expr.mapChildren(Simplifications::withoutZeroTerms);
        return plusZero(mapped).orElse(mapped);
    }

    private static Optional<Expr> plusZero(Expr node) {
        if (node instanceof Add add && isNumber(add.left(), Rational.ZERO)) {
            return Optional.of(add.right());
        }
        if (node instanceof Add add && isNumber(add.right(), Rational.ZERO)) {
            return Optional.of(add.left());
        }
        if (node instanceof Sub sub && isNumber(sub.right(), Rational.ZERO)) {
            return Optional.of(sub.left());
        }
        return Optional.empty();
    }

    private static Optional<Expr> doubleNegative(Expr node) {
        if (node instanceof Sub sub) {
            return negated(sub.right()).map(positive -> new Add(sub.left(), positive));
        }
        if (node instanceof Neg neg) {
            return negated(neg.operand());
        }
        return Optional.empty();
    }

    /** {@code x} for an expression {@code -x}, or {@code 2} for the number -2. */
    private static Optional<Expr> negated(Expr expr) {
        Expr inner = Unwrap.groups(expr);
        if (inner instanceof Neg neg) {
            return Optional.of(neg.operand());
        }
        if (inner instanceof Num num && num.value().signum() < 0) {
            return Optional.of(new Num(num.value().negate()));
        }
        return Optional.empty();
    }

    private static Optional<Expr> arithmetic(Expr node) {
        if (node instanceof Neg || node instanceof Num || node instanceof Group || node instanceof Derivative
                || node.children().isEmpty()
                || node.children().stream().anyMatch(child -> Unwrap.number(child) == null)) {
            return Optional.empty();
        }
        Rational value = new Evaluator(java.util.Map.of()).evaluate(node);
        boolean readable = !(node instanceof Div) || value.isTerminating();
        return readable ? Optional.of(new Num(value)) : Optional.empty();
    }

    private static Optional<Expr> squareOfSum(Expr node) {
        if (node instanceof Pow pow && pow.exponent() == 2 && Unwrap.groups(pow.base()) instanceof Add sum) {
            return Optional.of(new Add(new Add(square(sum.left()), twice(sum.left(), sum.right())), square(sum.right())));
        }
        return Optional.empty();
    }

    private static Optional<Expr> squareOfDifference(Expr node) {
        if (node instanceof Pow pow && pow.exponent() == 2 && Unwrap.groups(pow.base()) instanceof Sub difference) {
            Expr a = difference.left();
            Expr b = difference.right();
            return Optional.of(new Add(new Sub(square(a), twice(a, b)), square(b)));
        }
        return Optional.empty();
    }

    private static Expr square(Expr expr) {
        return new Pow(expr, 2);
    }

    private static Expr twice(Expr a, Expr b) {
        return new Mul(new Mul(new Num(Rational.of(2)), a, true), b, true);
    }
}
