package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link Derivation}s: applies one kind of rewrite at a time, everywhere it fits, and
 * records each as a {@link RewriteStep}, until no rule applies; then collects like terms.
 */
final class Rewriter {
    private static final int MAX_DETAILS = 3;

    private final Definitions definitions;

    Rewriter(Definitions definitions) {
        this.definitions = definitions;
    }

    Derivation expand(Expr expr, Map<String, Rational> values) {
        Expr current = lastSide(expr);
        List<RewriteStep> steps = new ArrayList<>(List.of(new RewriteStep(current, Reason.GIVEN, List.of())));
        if (!values.isEmpty()) {
            current = simplify(current, steps, List.of(Simplifications.namedSubstitution(definitions)));
            current = substituteValues(current, values, steps);
        }
        current = simplify(current, steps, rules());
        collect(current, steps);
        return new Derivation(steps);
    }

    Derivation differentiate(Expr expr, Var variable) {
        Expr body = lastSide(expr);
        Expr current = new Derivative(body, variable, false);
        List<RewriteStep> steps = new ArrayList<>(List.of(new RewriteStep(current, Reason.GIVEN, List.of())));
        if (Expander.isPolynomial(definitions.inline(body))) {
            Derivation expansion = expand(body, Map.of());
            for (RewriteStep step : expansion.steps().subList(1, expansion.steps().size())) {
                var derived = new Derivative(step.expression(), variable, false);
                steps.add(new RewriteStep(derived, step.reason(), step.details()));
            }
            current = new Derivative(expansion.result(), variable, false);
        }
        current = simplify(current, steps, rules());
        collect(current, steps);
        return new Derivation(steps);
    }

    private List<LocalRule> rules() {
        List<LocalRule> rules = new ArrayList<>();
        rules.add(Simplifications.substitution(definitions));
        rules.addAll(Simplifications.all());
        return rules;
    }

    private static Expr lastSide(Expr expr) {
        return expr instanceof Equation equation ? equation.last() : expr;
    }

    private Expr substituteValues(Expr expr, Map<String, Rational> values, List<RewriteStep> steps) {
        List<Expr> details = new ArrayList<>();
        for (String name : Variables.of(expr)) {
            if (values.containsKey(name)) {
                details.add(new Equation(List.of(new Var(name), new Num(values.get(name)))));
            }
        }
        Expr substituted = Algebra.substitute(expr, values);
        if (!details.isEmpty()) {
            steps.add(new RewriteStep(substituted, Reason.SUBSTITUTE_VALUES, details));
        }
        return substituted;
    }

    private Expr simplify(Expr start, List<RewriteStep> steps, List<LocalRule> rules) {
        Expr current = start;
        while (steps.size() < Limits.MAX_STEPS) {
            Optional<RewriteStep> next = nextStep(current, rules);
            if (next.isEmpty()) {
                break;
            }
            steps.add(next.get());
            current = next.get().expression();
        }
        return current;
    }

    private Optional<RewriteStep> nextStep(Expr current, List<LocalRule> rules) {
        List<LocalRule> applicable = new ArrayList<>(rules);
        firstDerivativeReason(current).ifPresent(reason -> applicable.add(derivativeRule(reason)));
        for (LocalRule rule : applicable) {
            List<Expr> details = new ArrayList<>();
            Expr rewritten = Tidy.tidy(applyEverywhere(current, rule, details));
            if (!rewritten.equals(current)) {
                TreeSize.check(rewritten);
                return Optional.of(new RewriteStep(rewritten, rule.reason(), details));
            }
        }
        return Optional.empty();
    }

    private Expr applyEverywhere(Expr node, LocalRule rule, List<Expr> details) {
        Optional<Expr> replaced = rule.rewrite().apply(node);
        if (replaced.isPresent()) {
            if (details.size() < MAX_DETAILS) {
                details.add(new Equation(List.of(node, Tidy.tidy(replaced.get()))));
            }
            return replaced.get();
        }
        return node.mapChildren(child -> applyEverywhere(child, rule, details));
    }

    private static Optional<Reason> firstDerivativeReason(Expr expr) {
        if (isReady(expr)) {
            return Optional.of(DerivativeRule.of((Derivative) expr).reason());
        }
        return expr.children().stream().map(Rewriter::firstDerivativeReason).flatMap(Optional::stream).findFirst();
    }

    private static LocalRule derivativeRule(Reason reason) {
        return new LocalRule(reason, node -> {
            if (!isReady(node)) {
                return Optional.empty();
            }
            Rewrite rewrite = DerivativeRule.of((Derivative) node);
            return rewrite.reason() == reason ? Optional.of(rewrite.result()) : Optional.empty();
        });
    }

    /** A derivative whose body holds no other derivative and no definition still to substitute. */
    private static boolean isReady(Expr expr) {
        return expr instanceof Derivative derivative && !containsDerivativeOrCall(derivative.body());
    }

    private static boolean containsDerivativeOrCall(Expr expr) {
        return expr instanceof Derivative || expr instanceof Call
                || expr.children().stream().anyMatch(Rewriter::containsDerivativeOrCall);
    }

    private void collect(Expr current, List<RewriteStep> steps) {
        Expr inlined = definitions.inline(current);
        if (!Expander.isPolynomial(inlined)) {
            return;
        }
        Expr collected = Expander.expand(inlined).toExpr();
        if (!collected.equals(current)) {
            steps.add(new RewriteStep(collected, Reason.COLLECT_LIKE_TERMS, List.of()));
        }
    }
}
