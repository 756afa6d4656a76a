package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nudge.i18n.Language;
import dev.nudge.math.Algebra;
import dev.nudge.math.Rational;
import dev.nudge.neural.BackwardPass;
import dev.nudge.neural.ForwardPass;
import dev.nudge.neural.Network;
import dev.nudge.neural.Sample;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson of the real course that declares a {@code network:} computes what a network does: the engine's
 * forward values, MSE and every partial derivative of it, at the lesson's parameters and points, against a plain
 * floating-point forward and backward pass written out here with no part of the engine; and the exact
 * {@link BackwardPass} against the engine's derivatives.
 */
class NetworkLessonsOracleTest {
    private static final Path LESSONS = Path.of("lessons");
    private static final double CLOSE = 1e-12;

    static Stream<Lesson<?>> networkLessons() {
        var course = Kinds.load(LESSONS).course().orElseThrow();
        var lessons = Stream.of(Language.values()).flatMap(language -> course.lessons(language).stream())
                .<Lesson<?>>map(lesson -> lesson)
                .filter(lesson -> LessonMath.of(lesson).network().isPresent()).toList();
        assertThat(lessons).as("the course has lessons with a network").isNotEmpty();
        return lessons.stream();
    }

    /** The oracle: one hidden layer of ReLU neurons, the MSE and its gradient by hand, in doubles. */
    private record FloatNetwork(double[] w, double[] b, double[] v, double c) {
        static FloatNetwork of(Network network, Map<String, Rational> values) {
            int n = network.hidden();
            var net = new FloatNetwork(new double[n], new double[n], new double[n],
                    values.get("c").toDouble());
            for (int i = 0; i < n; i++) {
                net.w[i] = values.get("w_" + (i + 1)).toDouble();
                net.b[i] = values.get("b_" + (i + 1)).toDouble();
                net.v[i] = values.get("v_" + (i + 1)).toDouble();
            }
            return net;
        }

        double sum(int i, double x) {
            return w[i] * x + b[i];
        }

        double output(double x) {
            double f = c;
            for (int i = 0; i < w.length; i++) {
                f += v[i] * Math.max(0, sum(i, x));
            }
            return f;
        }

        double mse(double[] xs, double[] ys) {
            double total = 0;
            for (int p = 0; p < xs.length; p++) {
                total += (output(xs[p]) - ys[p]) * (output(xs[p]) - ys[p]);
            }
            return total / xs.length;
        }

        /** dMSE/dp by name, by backpropagation written out by hand. */
        Map<String, Double> gradient(double[] xs, double[] ys) {
            int n = w.length;
            double[] dw = new double[n];
            double[] db = new double[n];
            double[] dv = new double[n];
            double dc = 0;
            for (int p = 0; p < xs.length; p++) {
                double dOut = 2 * (output(xs[p]) - ys[p]) / xs.length;
                dc += dOut;
                for (int i = 0; i < n; i++) {
                    double z = sum(i, xs[p]);
                    dv[i] += dOut * Math.max(0, z);
                    double dz = dOut * v[i] * (z > 0 ? 1 : 0);
                    dw[i] += dz * xs[p];
                    db[i] += dz;
                }
            }
            var gradient = new java.util.HashMap<String, Double>();
            for (int i = 0; i < n; i++) {
                gradient.put("w_" + (i + 1), dw[i]);
                gradient.put("b_" + (i + 1), db[i]);
                gradient.put("v_" + (i + 1), dv[i]);
            }
            gradient.put("c", dc);
            return gradient;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networkLessons")
    void theEngineAgreesWithAFloatingPointForwardAndBackwardPass(Lesson<?> lesson) {
        var math = LessonMath.of(lesson);
        var network = math.network().orElseThrow();
        var oracle = FloatNetwork.of(network, math.parameters());
        var xs = math.points().stream().mapToDouble(p -> p.x().toDouble()).toArray();
        var ys = math.points().stream().mapToDouble(p -> p.y().toDouble()).toArray();
        for (var point : math.points()) {
            var x = point.x().toString();
            double at = point.x().toDouble();
            assertThat(math.evaluate("f(" + x + ", P)", List.of()).toDouble()).as("f(%s, P)", x)
                    .isCloseTo(oracle.output(at), within(CLOSE));
            for (int i : network.neurons()) {
                assertThat(math.evaluate(network.weightedSum(i, x), List.of()).toDouble()).as("z_%d at %s", i, x)
                        .isCloseTo(oracle.sum(i - 1, at), within(CLOSE));
                assertThat(math.evaluate(network.neuronOutput(i, x), List.of()).toDouble()).as("a_%d at %s", i, x)
                        .isCloseTo(Math.max(0, oracle.sum(i - 1, at)), within(CLOSE));
            }
        }
        var mse = math.parse(LessonMath.meanSquaredError(math.modelName(), math.points()));
        assertThat(Algebra.evaluate(mse, math.definitions(), math.parameters()).toDouble())
                .isCloseTo(oracle.mse(xs, ys), within(CLOSE));
        if (math.definitions().all().stream().anyMatch(d -> d.name().equals("MSE"))) {
            assertThat(math.evaluate("MSE", List.of()).toDouble()).as("the lesson's own MSE")
                    .isCloseTo(oracle.mse(xs, ys), within(CLOSE));
        }
        var expected = oracle.gradient(xs, ys);
        for (var name : network.parameters()) {
            var slope = Algebra.evaluate(Algebra.derivative(mse, name, math.definitions()), math.definitions(),
                    math.parameters());
            assertThat(slope.toDouble()).as("dMSE/d%s", name).isCloseTo(expected.get(name), within(CLOSE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networkLessons")
    void theExactBackwardPassIsTheEnginesDerivative(Lesson<?> lesson) {
        var math = LessonMath.of(lesson);
        var network = math.network().orElseThrow();
        var samples = math.points().stream().map(p -> new Sample(p.x(), p.y())).toList();
        var gradient = BackwardPass.of(ForwardPass.of(network, math.parameters(), samples)).gradient();
        var mse = math.parse(LessonMath.meanSquaredError(math.modelName(), math.points()));
        for (var name : network.parameters()) {
            assertThat(gradient.get(name)).as("dMSE/d%s", name).isEqualTo(Algebra.evaluate(
                    Algebra.derivative(mse, name, math.definitions()), math.definitions(), math.parameters()));
        }
    }
}
