package dev.nudge.math;

import java.util.List;

/** Lists a node's direct children, so that searches over a tree need not know every node's shape. */
final class ChildLister implements ExprVisitor<List<Expr>> {
    @Override
    public List<Expr> visitNum(Num node) {
        return List.of();
    }

    @Override
    public List<Expr> visitVar(Var node) {
        return List.of();
    }

    @Override
    public List<Expr> visitNeg(Neg node) {
        return List.of(node.operand());
    }

    @Override
    public List<Expr> visitAdd(Add node) {
        return List.of(node.left(), node.right());
    }

    @Override
    public List<Expr> visitSub(Sub node) {
        return List.of(node.left(), node.right());
    }

    @Override
    public List<Expr> visitMul(Mul node) {
        return List.of(node.left(), node.right());
    }

    @Override
    public List<Expr> visitDiv(Div node) {
        return List.of(node.numerator(), node.denominator());
    }

    @Override
    public List<Expr> visitPow(Pow node) {
        return List.of(node.base());
    }

    @Override
    public List<Expr> visitGroup(Group node) {
        return List.of(node.inner());
    }

    @Override
    public List<Expr> visitCall(Call node) {
        return node.arguments();
    }

    @Override
    public List<Expr> visitApply(Apply node) {
        return List.of(node.argument());
    }

    @Override
    public List<Expr> visitDerivative(Derivative node) {
        return List.of(node.body());
    }

    @Override
    public List<Expr> visitEquation(Equation node) {
        return node.sides();
    }
}
