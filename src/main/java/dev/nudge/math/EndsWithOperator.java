package dev.nudge.math;

/**
 * Whether an expression, written without parentheses, ends with a derivative operator such as
 * {@code d/dx}: such an operator takes every factor after it, so it may not stand on the left of
 * a product written side by side.
 */
final class EndsWithOperator implements ExprVisitor<Boolean> {
    static final EndsWithOperator INSTANCE = new EndsWithOperator();

    @Override
    public Boolean visitNum(Num node) {
        return false;
    }

    @Override
    public Boolean visitVar(Var node) {
        return false;
    }

    @Override
    public Boolean visitNeg(Neg node) {
        return false;
    }

    @Override
    public Boolean visitAdd(Add node) {
        return false;
    }

    @Override
    public Boolean visitSub(Sub node) {
        return false;
    }

    @Override
    public Boolean visitMul(Mul node) {
        return !node.explicit() && node.right().accept(this);
    }

    @Override
    public Boolean visitDiv(Div node) {
        return false;
    }

    @Override
    public Boolean visitPow(Pow node) {
        return false;
    }

    @Override
    public Boolean visitGroup(Group node) {
        return false;
    }

    @Override
    public Boolean visitCall(Call node) {
        return false;
    }

    @Override
    public Boolean visitDerivative(Derivative node) {
        return !(node.body() instanceof Var);
    }

    @Override
    public Boolean visitEquation(Equation node) {
        return false;
    }
}
