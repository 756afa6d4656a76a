package dev.nudge.math;

/**
 * The one message for dividing by zero, naming the denominator that is zero ({@code x - 1 is 0}) so the reader
 * sees which division failed; and the check that an expression divides by no constant zero, such as {@code 1/0}
 * or {@code x/(1-1)}, which has no value anywhere.
 */
final class DivisionByZero {
    private DivisionByZero() {
    }

    /** The problem of dividing by {@code denominator}, which is zero. */
    static MathException at(Expr denominator) {
        Expr inner = Unwrap.groups(denominator);
        return inner instanceof Num ? MathException.of(MathProblem.DIVISION_BY_ZERO)
                : MathException.of(MathProblem.DIVISION_BY_ZERO_AT, Renderer.oneLine(inner, GlyphSet.ASCII));
    }

    /** Throws when {@code expr} (definitions substituted) divides by a denominator that is 0 for every value. */
    static void checkConstantDenominators(Expr expr) {
        if (expr instanceof Div div && Variables.of(div.denominator()).isEmpty()
                && new Evaluator(java.util.Map.of()).evaluate(div.denominator()).isZero()) {
            throw at(div.denominator());
        }
        expr.children().forEach(DivisionByZero::checkConstantDenominators);
    }
}
