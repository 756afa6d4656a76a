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

    /**
     * From the nudge ratio {@code (name(x + h) - name(x)) / h} of {@code expr}, a polynomial in {@code variable}
     * alone, to its derivative: multiply out, cancel, divide by {@code h}, and let {@code h} shrink to 0.
     */
    public static Derivation ofNudgeRatio(String name, Expr expr, String variable, Definitions definitions) {
        return DifferenceQuotient.of(name, expr, variable, definitions);
    }

    /**
     * The derivative of {@code expr}, a polynomial, by the rules, starting from its expanded form: the sum rule, then
     * the power, constant factor and constant rules term by term, every other variable held still.
     */
    public static Derivation ofRules(Expr expr, String variable, Definitions definitions) {
        Polynomial polynomial = DifferenceQuotient.polynomialOf(expr, definitions);
        return new Rewriter(Definitions.none()).differentiate(polynomial.toExpr(), new Var(variable));
    }

    /**
     * The derivative of {@code expr} by the chain rule, outermost operation first, one rule per step, with the
     * definitions put in only where a derivative needs them and every other variable held still; then, when
     * {@code values} are given, the result at those values and its number.
     */
    public static Derivation ofChainRule(Expr expr, String variable, Definitions definitions,
            Map<String, Rational> values) {
        return ChainWalk.derive(expr, new Var(variable), definitions, values);
    }
}
