package dev.nudge.math;

import java.util.List;
import java.util.Map;

/**
 * The worked path from an expression to its expansion or derivative, one {@link RewriteStep} per rewrite,
 * so the tutor can reveal it step by step with reasons. The first step is the expression as given
 * (the last side of an equation).
 */
public record Derivation(List<RewriteStep> steps) {
    public Derivation {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a derivation has at least its starting expression");
        }
    }

    /** Where the derivation arrives. */
    public Expr result() {
        return steps.get(steps.size() - 1).expression();
    }

    /** From {@code expr}, with {@code values} substituted, to its simplest (for a polynomial, expanded) form. */
    public static Derivation ofExpansion(Expr expr, Definitions definitions, Map<String, Rational> values) {
        return new Rewriter(definitions).expand(expr, values);
    }

    /** From {@code d/d variable expr} to the simplified derivative, expanding a polynomial first. */
    public static Derivation ofDerivative(Expr expr, String variable, Definitions definitions) {
        return new Rewriter(definitions).differentiate(expr, new Var(variable));
    }
}
