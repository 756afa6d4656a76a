package dev.nudge.math;

/** The precedence of each node as written in a notation (a stacked fraction is an atom, a slashed one a product). */
final class PrecedenceOf implements ExprVisitor<Precedence> {
    private final boolean stackedFractions;

    PrecedenceOf(boolean stackedFractions) {
        this.stackedFractions = stackedFractions;
    }

    @Override
    public Precedence visitNum(Num node) {
        if (node.value().signum() < 0) {
            return Precedence.UNARY;
        }
        return node.value().isTerminating() || stackedFractions ? Precedence.ATOM : Precedence.PRODUCT;
    }

    @Override
    public Precedence visitVar(Var node) {
        return Precedence.ATOM;
    }

    @Override
    public Precedence visitNeg(Neg node) {
        return Precedence.UNARY;
    }

    @Override
    public Precedence visitAdd(Add node) {
        return Precedence.SUM;
    }

    @Override
    public Precedence visitSub(Sub node) {
        return Precedence.SUM;
    }

    @Override
    public Precedence visitMul(Mul node) {
        return node.explicit() ? Precedence.PRODUCT : Precedence.IMPLICIT;
    }

    @Override
    public Precedence visitDiv(Div node) {
        return stackedFractions ? Precedence.ATOM : Precedence.PRODUCT;
    }

    @Override
    public Precedence visitPow(Pow node) {
        return Precedence.POWER;
    }

    @Override
    public Precedence visitGroup(Group node) {
        return Precedence.ATOM;
    }

    @Override
    public Precedence visitCall(Call node) {
        return Precedence.ATOM;
    }

    @Override
    public Precedence visitApply(Apply node) {
        return Precedence.ATOM;
    }

    @Override
    public Precedence visitDerivative(Derivative node) {
        return node.body() instanceof Var ? Precedence.ATOM : Precedence.IMPLICIT;
    }

    @Override
    public Precedence visitEquation(Equation node) {
        return Precedence.EQUATION;
    }
}
