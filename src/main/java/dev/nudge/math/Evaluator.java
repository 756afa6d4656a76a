package dev.nudge.math;

import java.util.Map;

/**
 * Computes the exact value of an expression whose definitions have been substituted, with every
 * variable given a value. A derivative is worked out first, then evaluated.
 */
final class Evaluator implements ExprVisitor<Rational> {
    private final Map<String, Rational> values;

    Evaluator(Map<String, Rational> values) {
        this.values = values;
    }

    Rational evaluate(Expr expr) {
        Work.spend(2);
        return expr.accept(this);
    }

    @Override
    public Rational visitNum(Num node) {
        return node.value();
    }

    @Override
    public Rational visitVar(Var node) {
        Rational value = values.get(node.name());
        if (value == null) {
            throw MathException.of(MathProblem.NEEDS_VALUE, node.name());
        }
        return value;
    }

    @Override
    public Rational visitNeg(Neg node) {
        return evaluate(node.operand()).negate();
    }

    @Override
    public Rational visitAdd(Add node) {
        return evaluate(node.left()).add(evaluate(node.right()));
    }

    @Override
    public Rational visitSub(Sub node) {
        return evaluate(node.left()).subtract(evaluate(node.right()));
    }

    @Override
    public Rational visitMul(Mul node) {
        return evaluate(node.left()).multiply(evaluate(node.right()));
    }

    @Override
    public Rational visitDiv(Div node) {
        Rational denominator = evaluate(node.denominator());
        if (denominator.isZero()) {
            throw DivisionByZero.at(node.denominator());
        }
        return evaluate(node.numerator()).divide(denominator);
    }

    @Override
    public Rational visitPow(Pow node) {
        return evaluate(node.base()).pow(node.exponent());
    }

    @Override
    public Rational visitGroup(Group node) {
        return evaluate(node.inner());
    }

    @Override
    public Rational visitCall(Call node) {
        throw MathException.of(MathProblem.NOT_A_FUNCTION, node.function());
    }

    @Override
    public Rational visitApply(Apply node) {
        return node.function().apply(evaluate(node.argument()));
    }

    @Override
    public Rational visitDerivative(Derivative node) {
        return evaluate(Differentiation.derivative(node.body(), node.variable()));
    }

    @Override
    public Rational visitEquation(Equation node) {
        return evaluate(node.last());
    }
}
