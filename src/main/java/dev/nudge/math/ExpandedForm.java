package dev.nudge.math;

/**
 * Decides {@link Forms#isExpanded}: a bracketed sum may stand as a term of a sum, but not as a factor, a
 * numerator, a negated operand or the base of a power, since those still need multiplying out.
 */
final class ExpandedForm implements ExprVisitor<Boolean> {
    static final ExpandedForm INSTANCE = new ExpandedForm();

    private boolean check(Expr expr) {
        return expr.accept(this);
    }

    private boolean factor(Expr expr) {
        return !isBracketedSum(expr) && check(expr);
    }

    private static boolean isBracketedSum(Expr expr) {
        if (!(expr instanceof Group)) {
            return false;
        }
        Expr inner = expr;
        while (inner instanceof Group group) {
            inner = group.inner();
        }
        return inner instanceof Add || inner instanceof Sub;
    }

    @Override
    public Boolean visitNum(Num node) {
        return true;
    }

    @Override
    public Boolean visitVar(Var node) {
        return true;
    }

    @Override
    public Boolean visitNeg(Neg node) {
        return factor(node.operand());
    }

    @Override
    public Boolean visitAdd(Add node) {
        return check(node.left()) && check(node.right());
    }

    @Override
    public Boolean visitSub(Sub node) {
        return check(node.left()) && check(node.right());
    }

    @Override
    public Boolean visitMul(Mul node) {
        return factor(node.left()) && factor(node.right());
    }

    @Override
    public Boolean visitDiv(Div node) {
        return factor(node.numerator()) && check(node.denominator());
    }

    @Override
    public Boolean visitPow(Pow node) {
        return factor(node.base());
    }

    @Override
    public Boolean visitGroup(Group node) {
        return check(node.inner());
    }

    @Override
    public Boolean visitCall(Call node) {
        return false;
    }

    @Override
    public Boolean visitApply(Apply node) {
        return false;
    }

    @Override
    public Boolean visitDerivative(Derivative node) {
        return false;
    }

    @Override
    public Boolean visitEquation(Equation node) {
        return check(node.last());
    }
}
