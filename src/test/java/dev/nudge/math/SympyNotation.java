package dev.nudge.math;

import java.util.stream.Collectors;

/**
 * Writes an expression (definitions already put in) as SymPy reads it, for the oracle: exact {@code Rational}s,
 * {@code Max(0, z)} for relu and {@code Heaviside(z)} for its slope, so SymPy's own rules do the differentiating.
 */
final class SympyNotation implements ExprVisitor<String> {
    static String of(Expr expr) {
        return expr.accept(new SympyNotation());
    }

    private String in(Expr expr) {
        return "(" + expr.accept(this) + ")";
    }

    @Override
    public String visitNum(Num node) {
        return "Rational(" + node.value().numerator() + ", " + node.value().denominator() + ")";
    }

    @Override
    public String visitVar(Var node) {
        return node.name();
    }

    @Override
    public String visitNeg(Neg node) {
        return "-" + in(node.operand());
    }

    @Override
    public String visitAdd(Add node) {
        return in(node.left()) + " + " + in(node.right());
    }

    @Override
    public String visitSub(Sub node) {
        return in(node.left()) + " - " + in(node.right());
    }

    @Override
    public String visitMul(Mul node) {
        return in(node.left()) + " * " + in(node.right());
    }

    @Override
    public String visitDiv(Div node) {
        return in(node.numerator()) + " / " + in(node.denominator());
    }

    @Override
    public String visitPow(Pow node) {
        return in(node.base()) + "**" + node.exponent();
    }

    @Override
    public String visitGroup(Group node) {
        return in(node.inner());
    }

    @Override
    public String visitCall(Call node) {
        throw new IllegalArgumentException("put the definitions in first: " + node.function());
    }

    @Override
    public String visitApply(Apply node) {
        return switch (node.function()) {
            case RELU -> "Max(0, " + node.argument().accept(this) + ")";
            case HEAVISIDE -> "Heaviside(" + node.argument().accept(this) + ")";
        };
    }

    @Override
    public String visitDerivative(Derivative node) {
        return "diff(" + node.body().accept(this) + ", " + node.variable().name() + ")";
    }

    @Override
    public String visitEquation(Equation node) {
        return node.sides().stream().map(this::in).collect(Collectors.joining(" == "));
    }
}
