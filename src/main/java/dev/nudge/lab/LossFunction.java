package dev.nudge.lab;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.MathProblem;
import dev.nudge.math.Rational;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One loss with its first and second partial derivatives, differentiated once when the loss is chosen so that every
 * key press and descent step only evaluates them. A loss built from ReLU has first derivatives (they hold the step
 * {@code heaviside}) but no second ones, since the step cannot be differentiated where it jumps: its curvatures are
 * then absent, and the lab finds the bottom of a curve by looking along it instead.
 *
 * <p>The slopes at the latest values asked for are kept: a descent step, the check that it has converged, and the
 * screen all ask for the same slopes, and a network's seven take milliseconds each. The kept slopes are a cache, not
 * state: two functions of the same loss are equal whatever they have kept.
 */
final class LossFunction {
    private final Expr loss;
    private final Map<String, Expr> slopes;
    private final Map<String, Expr> curvatures;
    private Map<String, Rational> keptAt = Map.of();
    private final Map<String, Rational> kept = new HashMap<>();

    private LossFunction(Expr loss, Map<String, Expr> slopes, Map<String, Expr> curvatures) {
        this.loss = loss;
        this.slopes = Map.copyOf(slopes);
        this.curvatures = Map.copyOf(curvatures);
    }

    static LossFunction of(LabSetup setup, LossKind kind) {
        var loss = kind.expression(setup);
        var definitions = setup.definitions();
        var slopes = new LinkedHashMap<String, Expr>();
        var curvatures = new LinkedHashMap<String, Expr>();
        for (var name : setup.parameters()) {
            var slope = Algebra.derivative(loss, name, definitions);
            // Inlined once here, so that each evaluation works on the expression alone, not on the definitions again.
            slopes.put(name, definitions.inline(slope));
            secondDerivative(slope, name, definitions)
                    .ifPresent(curvature -> curvatures.put(name, definitions.inline(curvature)));
        }
        return new LossFunction(definitions.inline(loss), slopes, curvatures);
    }

    /** The derivative of {@code slope}, or none where it holds a step that has no derivative. */
    private static Optional<Expr> secondDerivative(Expr slope, String name, Definitions definitions) {
        try {
            return Optional.of(Algebra.derivative(slope, name, definitions));
        } catch (MathException steps) {
            if (steps.reason() != MathProblem.DIFFERENTIATE_HEAVISIDE) {
                throw steps;
            }
            return Optional.empty();
        }
    }

    Rational value(Map<String, Rational> values) {
        return Algebra.evaluate(loss, Definitions.none(), values);
    }

    synchronized Rational slope(String name, Map<String, Rational> values) {
        if (!keptAt.equals(values)) {
            keptAt = values;
            kept.clear();
        }
        var known = kept.get(name);
        if (known != null) {
            return known;
        }
        var slope = Algebra.evaluate(slopes.get(name), Definitions.none(), values);
        kept.put(name, slope);
        return slope;
    }

    /** The second derivative along {@code name} at {@code values}; empty when the loss has none (a ReLU network). */
    Optional<Rational> curvature(String name, Map<String, Rational> values) {
        return Optional.ofNullable(curvatures.get(name)).map(curvature -> Algebra.evaluate(curvature,
                Definitions.none(), values));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LossFunction that && loss.equals(that.loss);
    }

    @Override
    public int hashCode() {
        return loss.hashCode();
    }
}
