package dev.nudge.lab;

import static dev.nudge.lab.LabTest.press;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.lesson.LessonMath.DataPoint;
import dev.nudge.math.Algebra;
import dev.nudge.math.Call;
import dev.nudge.math.Definitions;
import dev.nudge.math.Num;
import dev.nudge.math.Rational;
import dev.nudge.math.Var;
import dev.nudge.neural.Network;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lab on the course's tiny network (1 -> 2 relu -> 1) from the training lesson's start on the points of |x|: it
 * descends, converges by itself, and at too large a rate stalls with a dead neuron or blows up.
 */
class NetworkLabTest {
    static final Network NETWORK = Network.parse("1 -> 2 relu -> 1");
    private static final Rational TOLERANCE = Rational.parse("0.00001");

    /** The network, data and start of the course's training lesson, at {@code rate}. */
    static LabModel network(String rate) {
        var definitions = Definitions.none().define(NETWORK.modelDefinition());
        var points = List.of(point(-2, 2), point(-1, 1), point(0, 0), point(1, 1), point(2, 2));
        var start = new LinkedHashMap<String, Rational>();
        var values = List.of("1", "0.5", "-1", "0.25", "1", "0.5", "0.5");
        for (int i = 0; i < values.size(); i++) {
            start.put(NETWORK.parameters().get(i), Rational.parse(values.get(i)));
        }
        return LabModel.start(LabSetup.of(definitions, points, start, Rational.parse(rate))
                .training(Optional.of(NETWORK)));
    }

    private static DataPoint point(int x, int y) {
        return new DataPoint(Rational.of(x), Rational.of(y));
    }

    private static LabModel run(LabModel model) {
        model = press(model, LabInput.RUN_OR_PAUSE);
        for (int ticks = 0; model.running(); ticks++) {
            assertThat(ticks).as("ticks before it stops").isLessThan(1000);
            model = press(model, LabInput.TICK);
        }
        return model;
    }

    /** A plain floating-point forward and backward pass: the MSE's gradient at {@code p}, and the MSE last. */
    private static double[] floatGradient(double[] p) {
        var gradient = new double[8];
        double[][] points = {{-2, 2}, {-1, 1}, {0, 0}, {1, 1}, {2, 2}};
        for (var xy : points) {
            double z1 = p[0] * xy[0] + p[1];
            double z2 = p[2] * xy[0] + p[3];
            double a1 = Math.max(0, z1);
            double a2 = Math.max(0, z2);
            double error = p[4] * a1 + p[5] * a2 + p[6] - xy[1];
            double d = 2 * error / points.length;
            double[] each = {d * p[4] * (z1 > 0 ? 1 : 0) * xy[0], d * p[4] * (z1 > 0 ? 1 : 0),
                d * p[5] * (z2 > 0 ? 1 : 0) * xy[0], d * p[5] * (z2 > 0 ? 1 : 0), d * a1, d * a2, d};
            for (int i = 0; i < each.length; i++) {
                gradient[i] += each[i];
            }
            gradient[7] += error * error / points.length;
        }
        return gradient;
    }

    @Test
    void theLabsSlopesAreThoseOfAFloatingPointBackwardPass() {
        var model = network("0.1");
        var start = new double[] {1, 0.5, -1, 0.25, 1, 0.5, 0.5};
        var expected = floatGradient(start);
        for (int i = 0; i < 7; i++) {
            assertThat(model.slope(NETWORK.parameters().get(i)).toDouble()).as(NETWORK.parameters().get(i))
                    .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(model.loss()).isEqualTo(Rational.of(219).divide(Rational.of(320)));
        assertThat(model.loss().toDouble()).isCloseTo(expected[7], org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void everyDescentStepLowersTheLossAtRateOneTenth() {
        var model = network("0.1");
        for (int step = 0; step < 50; step++) {
            var next = press(model, LabInput.DESCEND);
            assertThat(next.loss()).as("loss after step %d", step + 1).isLessThan(model.loss());
            model = next;
        }
    }

    @Test
    void aRunningDescentFromTheLessonsStartConvergesByItselfWithBothKinksWhereTheDataBends() {
        long started = System.nanoTime();
        var model = run(network("0.1"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(model.converged()).isTrue();
        assertThat(model.parameters()).allMatch(name -> model.slope(name).abs().compareTo(TOLERANCE) < 0);
        assertThat(model.notice()).contains(LabNotice.of("lab.notice.converged", String.valueOf(model.steps()),
                "0.00001"));
        assertThat(model.steps()).as("steps to converge").isBetween(300, 500);
        assertThat(model.loss().toDouble()).isLessThan(1e-8);
        for (int neuron : NETWORK.neurons()) {
            var kink = model.values().get(Network.bias(neuron)).negate()
                    .divide(model.values().get(Network.weight(neuron)));
            assertThat(Math.abs(kink.toDouble())).as("neuron %d's kink", neuron).isLessThan(0.001);
        }
        // Exact rationals, rounded to Descent.DECIMALS at each step; measured to say how fast the lab trains.
        System.out.printf("the network converged in %d steps, computed in %d ms%n", model.steps(), millis);
    }

    @Test
    void atRateOneHalfTheSecondNeuronDiesAndTheDescentStallsFarFromAFit() {
        var model = run(network("0.5"));
        assertThat(model.converged()).isTrue();
        assertThat(model.loss().toDouble()).isGreaterThan(0.39);
        var definitions = model.setup().definitions();
        for (var point : model.setup().points()) {
            var sum = definitions.parse(NETWORK.weightedSum(2, point.x().toString()));
            assertThat(Algebra.evaluate(sum, definitions, model.values()).signum()).as("z_2 at x = %s", point.x())
                    .isNegative();
        }
    }

    @Test
    void atRateOneTheLossBlowsUpWithinAFewSteps() {
        var model = run(network("1"));
        assertThat(model.blownUp()).isTrue();
        assertThat(model.steps()).isLessThan(10);
        assertThat(model.notice().map(LabNotice::key)).contains("lab.notice.blownUp");
    }

    @Test
    void thePiecesAddUpToTheOutputAndTheLineIsSampledAtEachKink() {
        var model = press(network("0.1"), LabInput.DESCEND, LabInput.DESCEND);
        var line = ModelLine.of(model, 40).orElseThrow();
        assertThat(line.pieces()).hasSize(2);
        double bias = model.values().get("c").toDouble();
        for (int i = 0; i < line.xs().length; i++) {
            assertThat(line.pieces().get(0)[i] + line.pieces().get(1)[i] + bias).as("at x = %s", line.xs()[i])
                    .isCloseTo(line.ys()[i], org.assertj.core.data.Offset.offset(1e-9));
        }
        for (int neuron : NETWORK.neurons()) {
            double kink = model.values().get(Network.bias(neuron)).negate()
                    .divide(model.values().get(Network.weight(neuron))).toDouble();
            assertThat(line.xs()).as("neuron %d's kink", neuron).contains(kink);
        }
        var output = Algebra.evaluate(new Call("f", List.of(new Num(Rational.ONE), new Var("P"))),
                model.setup().definitions(), model.values());
        assertThat(model.prediction(model.setup().points().get(3))).isEqualTo(output);
    }

    @Test
    void aLineHasNoPieces() {
        assertThat(ModelLine.of(LabTest.article("0.1"), 40).orElseThrow().pieces()).isEmpty();
    }
}
