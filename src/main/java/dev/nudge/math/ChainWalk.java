package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Derives a composed function the way backpropagation reads it: the outermost operation first, one rule per step and
 * each with its reason, so that {@code d/dw (relu(2w + 1/2) - 1)^2} becomes {@code 2(relu(2w + 1/2) - 1) ⋅
 * heaviside(2w + 1/2) ⋅ 2} through the chain rule, the sum rule and the ReLU rule, never through an expansion. A
 * definition is put in only where a derivative needs its inside, so the factors already worked out keep their names
 * ({@code 2(f(1, P) - 1)}, not the network written out). Every other variable is held still.
 */
final class ChainWalk {
    private static final int MAX_DETAILS = 3;
    /** Nodes of an instance still worth quoting beside the line it was rewritten in. */
    private static final int SHORT_INSTANCE = 9;

    private final Definitions definitions;
    private final Var variable;
    private final List<RewriteStep> steps = new ArrayList<>();

    private ChainWalk(Definitions definitions, Var variable) {
        this.definitions = definitions;
        this.variable = variable;
    }

    /** The walk from {@code d/d variable expr} to the tidy derivative, then to its value at {@code values}, if any. */
    static Derivation derive(Expr expr, Var variable, Definitions definitions, Map<String, Rational> values) {
        return new ChainWalk(definitions, variable).walk(Algebra.lastSide(expr), values);
    }

    private Derivation walk(Expr body, Map<String, Rational> values) {
        Expr current = new Derivative(body, variable, false);
        steps.add(new RewriteStep(current, Reason.GIVEN, List.of()));
        while (firstDerivative(current).isPresent()) {
            current = record(next(current));
        }
        current = tidy(current);
        if (!values.isEmpty()) {
            atValues(current, values);
        }
        return new Derivation(steps);
    }

    /**
     * Times one, plus zero and the arithmetic, each rule one step wherever it fits, from the inside out; an instance is
     * quoted only while it is short, since a long one repeats the line it is on.
     */
    private Expr tidy(Expr start) {
        Expr current = start;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (LocalRule rule : Simplifications.tidying()) {
                var details = new ArrayList<Expr>();
                Expr next = normal(insideOut(current, rule, details));
                if (!next.equals(current)) {
                    current = record(new RewriteStep(next, rule.reason(), details));
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }

    private static Expr insideOut(Expr expr, LocalRule rule, List<Expr> details) {
        Work.spend(1);
        Expr mapped = expr.mapChildren(child -> insideOut(child, rule, details));
        Optional<Expr> replaced = rule.rewrite().apply(mapped);
        if (replaced.isPresent() && details.size() < MAX_DETAILS && nodes(mapped) <= SHORT_INSTANCE) {
            details.add(new Equation(List.of(mapped, Tidy.tidy(replaced.get()))));
        }
        return replaced.orElse(mapped);
    }

    private static int nodes(Expr expr) {
        return 1 + expr.children().stream().mapToInt(ChainWalk::nodes).sum();
    }

    private static Expr normal(Expr expr) {
        return Products.leftToRight(Tidy.tidy(expr));
    }

    /** Adds {@code step}, its expression brought to the normal form, unless the walk is already too long. */
    private Expr record(RewriteStep step) {
        if (steps.size() >= Limits.MAX_STEPS) {
            throw MathException.of(MathProblem.DERIVATION_TOO_LONG, Limits.MAX_STEPS);
        }
        Expr tidied = normal(step.expression());
        TreeSize.check(tidied);
        steps.add(new RewriteStep(tidied, step.reason(), step.details()));
        return tidied;
    }

    /**
     * Every derivative of something that does not change with the variable becomes 0 at once, those of plain numbers
     * first, and leaves its sum; else the first derivative from the left is rewritten by the rule for its outermost operation.
     */
    private RewriteStep next(Expr current) {
        for (Reason reason : List.of(Reason.CONSTANT_RULE, Reason.HELD_STILL)) {
            var details = new ArrayList<Expr>();
            Expr zeroed = zeroConstants(current, reason, details);
            if (!details.isEmpty()) {
                // a slope of 0 drops out of its sum, as on paper
                return new RewriteStep(Simplifications.withoutZeroTerms(zeroed), reason, details);
            }
        }
        Derivative first = firstDerivative(current).orElseThrow();
        Rewrite rewrite = rule(first);
        List<Expr> details = first.equals(current) ? List.of()
                : List.of(new Equation(List.of(first, Tidy.tidy(rewrite.result()))));
        return new RewriteStep(replaceFirst(current, rewrite.result()), rewrite.reason(), details);
    }

    /**
     * A definition is put in one level at a time, so a loss built of named stages ({@code Loss}, then {@code a_1},
     * then {@code z_1}) is derived stage by stage and each factor keeps the name of the stage it belongs to.
     */
    private Rewrite rule(Derivative node) {
        Expr body = Unwrap.groups(node.body());
        Optional<Expr> definition = Simplifications.substitution(definitions).rewrite().apply(body);
        if (definition.isPresent()) {
            return new Rewrite(Reason.SUBSTITUTE_DEFINITION,
                    new Derivative(Unwrap.groups(definition.get()), variable, node.partial()));
        }
        return DerivativeRule.of(node, this::isConstant);
    }

    private boolean isConstant(Expr expr) {
        return !Variables.uses(definitions.inline(expr), variable.name());
    }

    private Expr zeroConstants(Expr node, Reason reason, List<Expr> details) {
        if (node instanceof Derivative derivative && isConstant(derivative.body())) {
            boolean plainNumber = Variables.of(definitions.inline(derivative.body())).isEmpty();
            if (plainNumber == (reason == Reason.CONSTANT_RULE)) {
                details.add(new Equation(List.of(node, new Num(Rational.ZERO))));
                return new Num(Rational.ZERO);
            }
            return node;
        }
        return node.mapChildren(child -> zeroConstants(child, reason, details));
    }

    private static Optional<Derivative> firstDerivative(Expr expr) {
        Work.spend(1);
        if (expr instanceof Derivative derivative) {
            return Optional.of(derivative);
        }
        return expr.children().stream().map(ChainWalk::firstDerivative).flatMap(Optional::stream).findFirst();
    }

    private static Expr replaceFirst(Expr expr, Expr replacement) {
        var done = new boolean[1];
        return replaceFirst(expr, replacement, done);
    }

    private static Expr replaceFirst(Expr expr, Expr replacement, boolean[] done) {
        if (done[0]) {
            return expr;
        }
        if (expr instanceof Derivative) {
            done[0] = true;
            return replacement;
        }
        return expr.mapChildren(child -> replaceFirst(child, replacement, done));
    }

    /** The derivative with the values put in, every call of a definition by its value, and then its number. */
    private void atValues(Expr derivative, Map<String, Rational> values) {
        var details = new ArrayList<Expr>();
        var used = new TreeMap<String, Rational>(VariableOrder.INSTANCE);
        values.forEach((name, value) -> {
            if (Variables.uses(derivative, name)) {
                used.put(name, value);
            }
        });
        used.forEach((name, value) -> details.add(new Equation(List.of(new Var(name), new Num(value)))));
        Expr substituted = valuesIn(derivative, values, details);
        steps.add(new RewriteStep(substituted, Reason.SUBSTITUTE_VALUES, details));
        Rational value = Algebra.evaluate(substituted, definitions, Map.of());
        steps.add(new RewriteStep(new Num(value), Reason.ARITHMETIC, List.of()));
    }

    private Expr valuesIn(Expr expr, Map<String, Rational> values, List<Expr> details) {
        boolean defined = expr instanceof Call
                || (expr instanceof Var name && definitions.lookup(name.name()).isPresent());
        if (defined) {
            Rational value = Algebra.evaluate(expr, definitions, values);
            details.add(new Equation(List.of(expr, new Num(value))));
            return new Num(value);
        }
        if (expr instanceof Var name && values.containsKey(name.name())) {
            return new Num(values.get(name.name()));
        }
        return expr.mapChildren(child -> valuesIn(child, values, details));
    }
}
