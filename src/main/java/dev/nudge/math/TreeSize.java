package dev.nudge.math;

/**
 * Refuses trees past {@link Limits#MAX_NODES} nodes or {@link Limits#MAX_DEPTH} levels, which
 * substitution and differentiation could otherwise build from a short input (a function applied
 * to itself ten times).
 */
final class TreeSize {
    private int nodes;

    private TreeSize() {
    }

    static void check(Expr expr) {
        new TreeSize().visit(expr, 1);
    }

    private void visit(Expr expr, int depth) {
        Work.spend(1);
        if (++nodes > Limits.MAX_NODES || depth > Limits.MAX_DEPTH) {
            throw MathException.of(MathProblem.EXPRESSION_TOO_LARGE, Limits.MAX_NODES, Limits.MAX_DEPTH);
        }
        for (Expr child : expr.children()) {
            visit(child, depth + 1);
        }
    }
}
