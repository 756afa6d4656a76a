package dev.nudge.math;

import java.util.Objects;

/** One rule applied at one node: the node's replacement and the reason for it. */
record Rewrite(Reason reason, Expr result) {
    Rewrite {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(result, "result");
    }
}
