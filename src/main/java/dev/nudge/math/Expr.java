package dev.nudge.math;

/**
 * An expression as the author wrote it: a tree of immutable nodes that the engine evaluates,
 * expands, differentiates and draws. Trees compare by value, so a printed and re-parsed tree
 * equals the original.
 */
public sealed interface Expr permits Num, Var, Neg, Add, Sub, Mul, Div, Pow, Group, Call, Apply, Derivative, Equation {
    <R> R accept(ExprVisitor<R> visitor);

    /** The same node with each direct child replaced by {@code rewrite} of it. */
    default Expr mapChildren(java.util.function.UnaryOperator<Expr> rewrite) {
        return accept(new ChildMapper(rewrite));
    }

    /** The direct children, left to right. */
    default java.util.List<Expr> children() {
        return accept(new ChildLister());
    }
}
