package dev.nudge.neural;

import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A network run forward over the data with exact numbers, as a lesson's table shows it: at each example the hidden
 * neurons' weighted sums and outputs, then the output and its error, and over all of them the mean squared error.
 * It computes what the engine computes from the lesson's {@code f(x, P)}, one layer at a time, so the backward pass
 * can reuse each layer's values as backpropagation does.
 *
 * @param network the network's shape
 * @param values every parameter's value, by its name ({@code w_1}, ..., {@code c})
 * @param points the forward values at each example, in the data's order
 */
public record ForwardPass(Network network, Map<String, Rational> values, List<PointForward> points) {
    public ForwardPass {
        values = Map.copyOf(values);
        points = List.copyOf(points);
    }

    /** Runs {@code network} at {@code values} over {@code samples}; throws if a parameter has no value. */
    public static ForwardPass of(Network network, Map<String, Rational> values, List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new MathException("a forward pass needs at least one data point");
        }
        var missing = network.parameters().stream().filter(name -> !values.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new MathException("the network has no value for " + String.join(", ", missing));
        }
        var points = new ArrayList<PointForward>();
        for (var sample : samples) {
            points.add(at(network, values, sample));
        }
        return new ForwardPass(network, values, points);
    }

    private static PointForward at(Network network, Map<String, Rational> values, Sample sample) {
        var sums = new ArrayList<Rational>();
        var outputs = new ArrayList<Rational>();
        var output = values.get(Network.outputBias());
        for (int neuron : network.neurons()) {
            var sum = values.get(Network.weight(neuron)).multiply(sample.x()).add(values.get(Network.bias(neuron)));
            var activated = network.activation().apply(sum);
            sums.add(sum);
            outputs.add(activated);
            output = output.add(values.get(Network.outputWeight(neuron)).multiply(activated));
        }
        return new PointForward(sample, sums, outputs, output);
    }

    /** The mean squared error over the data: the mean of the squared errors. */
    public Rational meanSquaredError() {
        var sum = Rational.ZERO;
        for (var point : points) {
            sum = sum.add(point.error().pow(2));
        }
        return sum.divide(Rational.of(points.size()));
    }
}
