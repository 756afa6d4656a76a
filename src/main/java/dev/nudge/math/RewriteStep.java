package dev.nudge.math;

import java.util.List;
import java.util.Objects;

/**
 * One rewrite the tutor may reveal: the expression after it, why, and the instances that were
 * rewritten as small equations (such as {@code P_0 \times 0 = 0} or {@code x = 0}).
 */
public record RewriteStep(Expr expression, Reason reason, List<Expr> details) {
    public RewriteStep {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(reason, "reason");
        details = List.copyOf(details);
    }
}
