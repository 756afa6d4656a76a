package dev.nudge.export;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.math.Rational;
import dev.nudge.neural.Network;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a network lesson's program must print, in its order, computed by the math engine from the lesson alone: the
 * forward values, the MSE, each point's dL/df and dL/dz_i (as derivatives of that point's share of the MSE), the
 * gradient, the update, and a descent of the engine's own for the training (exact slopes, at parameters kept as
 * doubles, as the program keeps them).
 */
final class EngineFigures {
    /** A number the program should print, with its name and how far off its printed form may be. */
    record Expected(String name, double value, double tolerance) {
    }

    /** The printed numbers have six decimals; training losses nine. */
    private static final double SIX = 5.0000001e-7;
    private static final double NINE = 1e-8;

    private final LessonMath math;
    private final Network network;
    private final List<Expected> expected = new ArrayList<>();
    /** Each derivative is taken once: the training evaluates the same seven at every step. */
    private final Map<List<Object>, Expr> derivatives = new java.util.HashMap<>();

    private EngineFigures(LessonMath math) {
        this.math = math;
        this.network = math.network().orElseThrow();
    }

    static List<Expected> of(LessonMath math, ProgramSettings settings) {
        var figures = new EngineFigures(math);
        figures.all(settings);
        return figures.expected;
    }

    private void all(ProgramSettings settings) {
        var values = new LinkedHashMap<>(math.parameters());
        var points = math.points();
        for (var point : points) {
            add("x", point.x(), SIX);
            for (int i : network.neurons()) {
                add("z_" + i, at(network.weightedSum(i, point.x().toString()), values), SIX);
                add("a_" + i, at(network.neuronOutput(i, point.x().toString()), values), SIX);
            }
            var f = at("f(" + point.x() + ", P)", values);
            add("f", f, SIX);
            add("error", f.subtract(point.y()), SIX);
        }
        var mse = math.parse(LessonMath.meanSquaredError("f", points));
        add("MSE", Algebra.evaluate(mse, math.definitions(), values), SIX);
        for (var point : points) {
            var share = math.parse("(f(" + point.x() + ", P) - (" + point.y() + "))^2 / " + points.size());
            add("x", point.x(), SIX);
            var f = at("f(" + point.x() + ", P)", values);
            add("dL/df", f.subtract(point.y()).multiply(Rational.of(2, points.size())), SIX);
            for (int i : network.neurons()) {
                add("dL/dz_" + i, slope(share, Network.bias(i), values), SIX);
            }
        }
        var gradient = gradient(mse, values);
        for (int i : network.neurons()) {
            add("dL/dv_" + i, gradient.get(Network.outputWeight(i)), SIX);
        }
        add("dL/dc", gradient.get(Network.outputBias()), SIX);
        for (int i : network.neurons()) {
            add("dL/dw_" + i, gradient.get(Network.weight(i)), SIX);
            add("dL/db_" + i, gradient.get(Network.bias(i)), SIX);
        }
        var updated = step(values, gradient, settings.rate());
        parameters(updated);
        add("MSE", Algebra.evaluate(mse, math.definitions(), updated), SIX);
        if (settings.trains()) {
            var now = asDoubles(updated);
            for (int step = 2; step <= settings.steps(); step++) {
                now = asDoubles(step(now, gradient(mse, now), settings.rate()));
                if (step % settings.reportEvery() == 0 || step == settings.steps()) {
                    add("step " + step + ": MSE", Algebra.evaluate(mse, math.definitions(), now), NINE);
                }
            }
            parameters(now);
        }
    }

    private void parameters(Map<String, Rational> values) {
        for (int i : network.neurons()) {
            add("w_" + i, values.get(Network.weight(i)), SIX);
            add("b_" + i, values.get(Network.bias(i)), SIX);
        }
        for (int i : network.neurons()) {
            add("v_" + i, values.get(Network.outputWeight(i)), SIX);
        }
        add("c", values.get(Network.outputBias()), SIX);
    }

    private Map<String, Rational> gradient(Expr loss, Map<String, Rational> values) {
        var gradient = new LinkedHashMap<String, Rational>();
        network.parameters().forEach(name -> gradient.put(name, slope(loss, name, values)));
        return gradient;
    }

    private Map<String, Rational> step(Map<String, Rational> values, Map<String, Rational> gradient, Rational rate) {
        var next = new LinkedHashMap<>(values);
        gradient.forEach((name, slope) -> next.put(name, values.get(name).subtract(rate.multiply(slope))));
        return next;
    }

    /** The parameters as the program holds them: each rounded to the nearest double, kept exactly from there. */
    private static Map<String, Rational> asDoubles(Map<String, Rational> values) {
        var rounded = new LinkedHashMap<String, Rational>();
        values.forEach((name, value) -> rounded.put(name,
                Rational.parse(new BigDecimal(value.toDouble()).toPlainString())));
        return rounded;
    }

    private Rational slope(Expr expr, String name, Map<String, Rational> values) {
        var derivative = derivatives.computeIfAbsent(List.of(expr, name),
                key -> Algebra.derivative(expr, name, math.definitions()));
        return Algebra.evaluate(derivative, math.definitions(), values);
    }

    private Rational at(String source, Map<String, Rational> values) {
        return Algebra.evaluate(math.parse(source), math.definitions(), values);
    }

    private void add(String name, Rational value, double tolerance) {
        expected.add(new Expected(name, value.toDouble(), tolerance));
    }
}
