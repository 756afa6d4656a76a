package dev.nudge.lab;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Expr;
import dev.nudge.math.Rational;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One loss with its first and second partial derivatives, differentiated once when the loss is chosen so that every
 * key press and descent step only evaluates them.
 */
record LossFunction(Definitions definitions, Expr loss, Map<String, Expr> slopes, Map<String, Expr> curvatures) {

    static LossFunction of(LabSetup setup, LossKind kind) {
        var loss = kind.expression(setup);
        var definitions = setup.definitions();
        var slopes = new LinkedHashMap<String, Expr>();
        var curvatures = new LinkedHashMap<String, Expr>();
        for (var name : setup.parameters()) {
            var slope = Algebra.derivative(loss, name, definitions);
            slopes.put(name, slope);
            curvatures.put(name, Algebra.derivative(slope, name, definitions));
        }
        return new LossFunction(definitions, loss, Map.copyOf(slopes), Map.copyOf(curvatures));
    }

    Rational value(Map<String, Rational> values) {
        return Algebra.evaluate(loss, definitions, values);
    }

    Rational slope(String name, Map<String, Rational> values) {
        return Algebra.evaluate(slopes.get(name), definitions, values);
    }

    Rational curvature(String name, Map<String, Rational> values) {
        return Algebra.evaluate(curvatures.get(name), definitions, values);
    }
}
