package dev.nudge.math;

/** Sees through parentheses the author wrote, for rules that care about what is inside them. */
final class Unwrap {
    private Unwrap() {
    }

    static Expr groups(Expr expr) {
        Expr inner = expr;
        while (inner instanceof Group group) {
            inner = group.inner();
        }
        return inner;
    }

    /** The value of a number, possibly in parentheses or behind a minus sign, or null. */
    static Rational number(Expr expr) {
        Expr inner = groups(expr);
        if (inner instanceof Num num) {
            return num.value();
        }
        if (inner instanceof Neg neg && groups(neg.operand()) instanceof Num num) {
            return num.value().negate();
        }
        return null;
    }
}
