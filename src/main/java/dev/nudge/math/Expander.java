package dev.nudge.math;

/**
 * Multiplies out an expression whose definitions have been substituted into a {@link Polynomial}.
 * Dividing by an expression with variables has no polynomial form and is refused.
 */
final class Expander implements ExprVisitor<Polynomial> {
    static final Expander INSTANCE = new Expander();

    static Polynomial expand(Expr expr) {
        return expr.accept(INSTANCE);
    }

    /** Whether {@link #expand} can succeed: no calls left and only constant divisors. */
    static boolean isPolynomial(Expr expr) {
        if (expr instanceof Call || expr instanceof Apply) {
            return false;
        }
        if (expr instanceof Div div && !Variables.of(div.denominator()).isEmpty()) {
            return false;
        }
        return expr.children().stream().allMatch(Expander::isPolynomial);
    }

    @Override
    public Polynomial visitNum(Num node) {
        return Polynomial.constant(node.value());
    }

    @Override
    public Polynomial visitVar(Var node) {
        return Polynomial.variable(node.name());
    }

    @Override
    public Polynomial visitNeg(Neg node) {
        return expand(node.operand()).negate();
    }

    @Override
    public Polynomial visitAdd(Add node) {
        return expand(node.left()).add(expand(node.right()));
    }

    @Override
    public Polynomial visitSub(Sub node) {
        return expand(node.left()).subtract(expand(node.right()));
    }

    @Override
    public Polynomial visitMul(Mul node) {
        return expand(node.left()).multiply(expand(node.right()));
    }

    @Override
    public Polynomial visitDiv(Div node) {
        Polynomial denominator = expand(node.denominator());
        if (!denominator.isConstant()) {
            throw MathException.of(MathProblem.EXPAND_DIVISION);
        }
        if (denominator.constantValue().isZero()) {
            throw DivisionByZero.at(node.denominator());
        }
        return expand(node.numerator()).scale(Rational.ONE.divide(denominator.constantValue()));
    }

    @Override
    public Polynomial visitPow(Pow node) {
        return expand(node.base()).pow(node.exponent());
    }

    @Override
    public Polynomial visitGroup(Group node) {
        return expand(node.inner());
    }

    @Override
    public Polynomial visitCall(Call node) {
        throw MathException.of(MathProblem.NOT_A_FUNCTION, node.function());
    }

    @Override
    public Polynomial visitApply(Apply node) {
        throw MathException.of(MathProblem.EXPAND_BUILTIN, node.function().written());
    }

    @Override
    public Polynomial visitDerivative(Derivative node) {
        return expand(node.body()).derivative(node.variable().name());
    }

    @Override
    public Polynomial visitEquation(Equation node) {
        return expand(node.last());
    }
}
