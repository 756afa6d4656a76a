package dev.nudge.math;

import java.util.List;
import java.util.function.UnaryOperator;

/** Rebuilds a node with its children rewritten: the one place that knows every node's shape. */
final class ChildMapper implements ExprVisitor<Expr> {
    private final UnaryOperator<Expr> rewrite;

    ChildMapper(UnaryOperator<Expr> rewrite) {
        this.rewrite = rewrite;
    }

    private Expr map(Expr child) {
        return rewrite.apply(child);
    }

    private List<Expr> map(List<Expr> children) {
        return children.stream().map(this::map).toList();
    }

    @Override
    public Expr visitNum(Num node) {
        return node;
    }

    @Override
    public Expr visitVar(Var node) {
        return node;
    }

    @Override
    public Expr visitNeg(Neg node) {
        return new Neg(map(node.operand()));
    }

    @Override
    public Expr visitAdd(Add node) {
        return new Add(map(node.left()), map(node.right()));
    }

    @Override
    public Expr visitSub(Sub node) {
        return new Sub(map(node.left()), map(node.right()));
    }

    @Override
    public Expr visitMul(Mul node) {
        return new Mul(map(node.left()), map(node.right()), node.explicit());
    }

    @Override
    public Expr visitDiv(Div node) {
        return new Div(map(node.numerator()), map(node.denominator()));
    }

    @Override
    public Expr visitPow(Pow node) {
        return new Pow(map(node.base()), node.exponent());
    }

    @Override
    public Expr visitGroup(Group node) {
        return new Group(map(node.inner()));
    }

    @Override
    public Expr visitCall(Call node) {
        return new Call(node.function(), map(node.arguments()));
    }

    @Override
    public Expr visitApply(Apply node) {
        return new Apply(node.function(), map(node.argument()));
    }

    @Override
    public Expr visitDerivative(Derivative node) {
        return new Derivative(map(node.body()), node.variable(), node.partial());
    }

    @Override
    public Expr visitEquation(Equation node) {
        return new Equation(map(node.sides()));
    }
}
