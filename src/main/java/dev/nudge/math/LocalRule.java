package dev.nudge.math;

import java.util.Optional;
import java.util.function.Function;

/** A rewrite that looks at one node and may replace it, with the reason a derivation records. */
record LocalRule(Reason reason, Function<Expr, Optional<Expr>> rewrite) {
    LocalRule {
        java.util.Objects.requireNonNull(reason, "reason");
        java.util.Objects.requireNonNull(rewrite, "rewrite");
    }
}
