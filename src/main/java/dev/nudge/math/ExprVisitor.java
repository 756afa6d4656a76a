package dev.nudge.math;

/**
 * One method per kind of expression node, so that every operation on expressions (evaluating,
 * expanding, differentiating, drawing) must say what it does with each kind: the compiler checks
 * it, as pattern matching would in later Java versions.
 */
public interface ExprVisitor<R> {
    R visitNum(Num node);

    R visitVar(Var node);

    R visitNeg(Neg node);

    R visitAdd(Add node);

    R visitSub(Sub node);

    R visitMul(Mul node);

    R visitDiv(Div node);

    R visitPow(Pow node);

    R visitGroup(Group node);

    R visitCall(Call node);

    R visitApply(Apply node);

    R visitDerivative(Derivative node);

    R visitEquation(Equation node);
}
