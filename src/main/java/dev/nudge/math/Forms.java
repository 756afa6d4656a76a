package dev.nudge.math;

/**
 * How an expression is written, as opposed to what it equals. A grader needs both: {@code (P_1 + 2)^2} equals
 * {@code P_1^2 + 4P_1 + 4} but is not its expansion, and {@code 11/3} is a number while {@code P_1 - P_1} only
 * happens to be zero.
 */
public final class Forms {
    private Forms() {
    }

    /**
     * Whether {@code expr} is written expanded: no bracketed sum is multiplied, divided, negated or raised to a
     * power, and nothing is left to work out (no call, no derivative). Of an equation, its last side.
     */
    public static boolean isExpanded(Expr expr) {
        return expr.accept(ExpandedForm.INSTANCE);
    }

    /** Whether {@code expr} is plain arithmetic on numbers: no names, calls, derivatives or equations. */
    public static boolean isArithmetic(Expr expr) {
        if (expr instanceof Var || expr instanceof Call || expr instanceof Derivative || expr instanceof Equation) {
            return false;
        }
        return expr.children().stream().allMatch(Forms::isArithmetic);
    }
}
