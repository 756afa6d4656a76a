package dev.nudge.math;

import java.util.function.Predicate;

/**
 * The one differentiation rule that applies to a body whose derivative is wanted, by its outermost
 * operation: the result holds derivatives of the parts, for the next step to work on. Every other
 * variable counts as a constant (a partial derivative).
 */
final class DerivativeRule implements ExprVisitor<Rewrite> {
    private final Var variable;
    private final boolean partial;
    private final Predicate<Expr> constant;

    private DerivativeRule(Var variable, boolean partial, Predicate<Expr> constant) {
        this.variable = variable;
        this.partial = partial;
        this.constant = constant;
    }

    /** The rule for the derivative {@code node}, whose body holds no other derivative and no call. */
    static Rewrite of(Derivative node) {
        return of(node, expr -> !Variables.uses(expr, node.variable().name()));
    }

    /**
     * The rule for {@code node}, whose body may call definitions: {@code constant} says which parts do not change
     * with the variable once the definitions are put in.
     */
    static Rewrite of(Derivative node, Predicate<Expr> constant) {
        return node.body().accept(new DerivativeRule(node.variable(), node.partial(), constant));
    }

    private Expr d(Expr body) {
        return new Derivative(body, variable, partial);
    }

    private boolean isConstant(Expr expr) {
        return constant.test(expr);
    }

    /** 0, for a number by the constant rule, for what holds only other variables because they are held still. */
    private static Rewrite zero(Expr constant) {
        var reason = Variables.of(constant).isEmpty() ? Reason.CONSTANT_RULE : Reason.HELD_STILL;
        return new Rewrite(reason, new Num(Rational.ZERO));
    }

    @Override
    public Rewrite visitNum(Num node) {
        return zero(node);
    }

    @Override
    public Rewrite visitVar(Var node) {
        return node.equals(variable) ? new Rewrite(Reason.VARIABLE_RULE, new Num(Rational.ONE)) : zero(node);
    }

    @Override
    public Rewrite visitNeg(Neg node) {
        return new Rewrite(Reason.CONSTANT_FACTOR_RULE, new Neg(d(node.operand())));
    }

    @Override
    public Rewrite visitAdd(Add node) {
        return new Rewrite(Reason.SUM_RULE, termByTerm(node));
    }

    @Override
    public Rewrite visitSub(Sub node) {
        return new Rewrite(Reason.SUM_RULE, termByTerm(node));
    }

    private Expr termByTerm(Expr sum) {
        if (sum instanceof Add add) {
            return new Add(termByTerm(add.left()), termByTerm(add.right()));
        }
        if (sum instanceof Sub sub) {
            return new Sub(termByTerm(sub.left()), termByTerm(sub.right()));
        }
        return d(sum);
    }

    @Override
    public Rewrite visitMul(Mul node) {
        if (isConstant(node.left())) {
            return new Rewrite(Reason.CONSTANT_FACTOR_RULE, new Mul(node.left(), d(node.right()), node.explicit()));
        }
        if (isConstant(node.right())) {
            return new Rewrite(Reason.CONSTANT_FACTOR_RULE, new Mul(d(node.left()), node.right(), true));
        }
        Expr first = new Mul(d(node.left()), node.right(), true);
        Expr second = new Mul(node.left(), d(node.right()), true);
        return new Rewrite(Reason.PRODUCT_RULE, new Add(first, second));
    }

    @Override
    public Rewrite visitDiv(Div node) {
        if (isConstant(node.denominator())) {
            return new Rewrite(Reason.CONSTANT_FACTOR_RULE, new Div(d(node.numerator()), node.denominator()));
        }
        Expr top = new Sub(new Mul(d(node.numerator()), node.denominator(), true),
                new Mul(node.numerator(), d(node.denominator()), true));
        return new Rewrite(Reason.QUOTIENT_RULE, new Div(top, new Pow(node.denominator(), 2)));
    }

    @Override
    public Rewrite visitPow(Pow node) {
        if (isConstant(node.base()) || node.exponent() == 0) {
            return zero(node);
        }
        Expr lowered = node.exponent() == 1 ? new Num(Rational.ONE)
                : node.exponent() == 2 ? new Mul(new Num(Rational.of(2)), node.base(), false)
                : new Mul(new Num(Rational.of(node.exponent())), new Pow(node.base(), node.exponent() - 1), false);
        if (Unwrap.groups(node.base()).equals(variable)) {
            return new Rewrite(Reason.POWER_RULE, lowered);
        }
        return new Rewrite(Reason.CHAIN_RULE, new Mul(lowered, d(node.base()), true));
    }

    @Override
    public Rewrite visitGroup(Group node) {
        return node.inner().accept(this);
    }

    @Override
    public Rewrite visitCall(Call node) {
        throw MathException.of(MathProblem.NOT_A_FUNCTION, node.function());
    }

    /** {@code relu(g)' = heaviside(g) g'}; a step is flat on each side, and its jump at 0 has no derivative. */
    @Override
    public Rewrite visitApply(Apply node) {
        if (node.function() == Builtin.HEAVISIDE) {
            throw MathException.of(MathProblem.DIFFERENTIATE_HEAVISIDE);
        }
        if (isConstant(node.argument())) {
            return zero(node);
        }
        Expr step = new Apply(Builtin.HEAVISIDE, node.argument());
        return new Rewrite(Reason.RELU_RULE, new Mul(step, d(node.argument()), true));
    }

    @Override
    public Rewrite visitDerivative(Derivative node) {
        throw MathException.of(MathProblem.INNER_DERIVATIVE);
    }

    @Override
    public Rewrite visitEquation(Equation node) {
        throw MathException.of(MathProblem.DIFFERENTIATE_EQUATION);
    }
}
