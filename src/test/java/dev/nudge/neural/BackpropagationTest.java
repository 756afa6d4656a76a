package dev.nudge.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forward and backward passes, exact, against the engine: the outputs against {@code f(x, P)} and every gradient
 * against {@link Algebra#derivative} of the mean squared error written out, at the course's start and at weights
 * where a neuron is off at some points.
 */
class BackpropagationTest {
    private static final Network NETWORK = Network.parse("1 -> 2 relu -> 1");
    /** Points on |x|, the bent data of the course. */
    private static final List<Sample> BENT = List.of(sample(-2, 2), sample(-1, 1), sample(0, 0), sample(1, 1),
            sample(2, 2));

    private static Sample sample(long x, long y) {
        return new Sample(Rational.of(x), Rational.of(y));
    }

    private static Map<String, Rational> start() {
        var values = new LinkedHashMap<String, Rational>();
        values.put("w_1", Rational.of(1));
        values.put("b_1", Rational.of(1, 2));
        values.put("w_2", Rational.of(-1));
        values.put("b_2", Rational.of(1, 4));
        values.put("v_1", Rational.of(1));
        values.put("v_2", Rational.of(1, 2));
        values.put("c", Rational.of(1, 2));
        return values;
    }

    @Test
    void theForwardPassGivesTheCoursesOutputsAtTheStart() {
        var forward = ForwardPass.of(NETWORK, start(), BENT);
        assertThat(forward.points()).extracting(PointForward::output).containsExactly(Rational.of(13, 8),
                Rational.of(9, 8), Rational.of(9, 8), Rational.of(2), Rational.of(3));
        var first = forward.points().get(0);
        assertThat(first.sums()).containsExactly(Rational.of(-3, 2), Rational.of(9, 4));
        assertThat(first.outputs()).containsExactly(Rational.ZERO, Rational.of(9, 4));
        assertThat(first.error()).isEqualTo(Rational.of(-3, 8));
    }

    @Test
    void everyValueEqualsTheEnginesModel() {
        var definitions = Definitions.none().define(NETWORK.modelDefinition()).define(mse(BENT));
        var forward = ForwardPass.of(NETWORK, start(), BENT);
        for (var point : forward.points()) {
            var x = point.sample().x().toString();
            assertThat(point.output()).isEqualTo(value("f(" + x + ", P)", definitions, start()));
            for (int neuron : NETWORK.neurons()) {
                assertThat(point.sums().get(neuron - 1))
                        .isEqualTo(value(NETWORK.weightedSum(neuron, x), definitions, start()));
                assertThat(point.outputs().get(neuron - 1))
                        .isEqualTo(value(NETWORK.neuronOutput(neuron, x), definitions, start()));
            }
        }
        assertThat(forward.meanSquaredError()).isEqualTo(value("MSE", definitions, start()));
    }

    @Test
    void everyGradientEqualsTheEnginesDerivativeOfTheMse() {
        assertGradientIsTheEngines(start());
    }

    /** Neuron 2 is off at x = 1 and 2 and neuron 1 at x = -2: those points give its weights nothing. */
    @Test
    void aNeuronThatIsOffPassesNoSlopeBack() {
        var values = start();
        values.put("b_1", Rational.of(1));
        values.put("b_2", Rational.of(-1, 3));
        assertGradientIsTheEngines(values);
        var backward = BackwardPass.of(ForwardPass.of(NETWORK, values, BENT));
        assertThat(backward.points().get(4).sumSlopes().get(1)).isEqualTo(Rational.ZERO);
        assertThat(backward.points().get(0).sumSlopes().get(0)).isEqualTo(Rational.ZERO);
    }

    /** At exactly 0 the step is taken as 0, as the engine's ReLU rule does, so the two still agree there. */
    @Test
    void aWeightedSumOfExactlyZeroCountsAsOff() {
        var values = start();
        values.put("b_1", Rational.of(1));
        var backward = BackwardPass.of(ForwardPass.of(NETWORK, values, BENT));
        assertThat(backward.points().get(1).forward().sums().get(0)).isEqualTo(Rational.ZERO);
        assertThat(backward.points().get(1).sumSlopes().get(0)).isEqualTo(Rational.ZERO);
        assertGradientIsTheEngines(values);
    }

    @Test
    void theOutputSlopeIsTwiceTheErrorOverTheCount() {
        var backward = BackwardPass.of(ForwardPass.of(NETWORK, start(), BENT));
        assertThat(backward.points()).extracting(PointBackward::outputSlope).containsExactly(Rational.of(-3, 20),
                Rational.of(1, 20), Rational.of(9, 20), Rational.of(2, 5), Rational.of(2, 5));
        assertThat(backward.gradient().keySet()).containsExactlyElementsOf(NETWORK.parameters());
    }

    @Test
    void refusesMissingValuesAndNoData() {
        var values = start();
        values.remove("c");
        assertThatThrownBy(() -> ForwardPass.of(NETWORK, values, BENT)).isInstanceOf(MathException.class)
                .hasMessageContaining("no value for c");
        assertThatThrownBy(() -> ForwardPass.of(NETWORK, start(), List.of())).hasMessageContaining("at least one");
    }

    private static void assertGradientIsTheEngines(Map<String, Rational> values) {
        var definitions = Definitions.none().define(NETWORK.modelDefinition()).define(mse(BENT));
        var mse = definitions.parse("MSE");
        var gradient = BackwardPass.of(ForwardPass.of(NETWORK, values, BENT)).gradient();
        for (var name : NETWORK.parameters()) {
            var slope = Algebra.evaluate(Algebra.derivative(mse, name, definitions), definitions, values);
            assertThat(gradient.get(name)).as("dMSE/d%s", name).isEqualTo(slope);
        }
    }

    private static String mse(List<Sample> samples) {
        var terms = samples.stream().map(s -> "(f(" + s.x() + ", P) - (" + s.y() + "))^2").toList();
        return "MSE = \\frac{" + String.join(" + ", terms) + "}{" + samples.size() + "}";
    }

    private static Rational value(String source, Definitions definitions, Map<String, Rational> values) {
        return Algebra.evaluate(definitions.parse(source), definitions, values);
    }
}
