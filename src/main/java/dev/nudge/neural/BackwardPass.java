package dev.nudge.neural;

import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backpropagation of the mean squared error through a network, layer by layer and exactly, as a lesson tells it:
 * first the loss's slope with respect to the output at each example, then the output layer's weights (each
 * {@code dL/dv_i} sums {@code dL/df · a_i}, and {@code dL/dc} sums {@code dL/df}), then back through each output
 * weight and each ReLU's step to the weighted sums, and from them the hidden weights ({@code dL/dw_i} sums
 * {@code dL/dz_i · x}) and biases ({@code dL/db_i} sums {@code dL/dz_i}). The chain rule, applied once per layer;
 * tests hold it equal to the engine's symbolic derivative of the lesson's MSE.
 *
 * @param forward the forward pass it starts from
 * @param points the backward values at each example
 */
public record BackwardPass(ForwardPass forward, List<PointBackward> points) {
    public BackwardPass {
        points = List.copyOf(points);
    }

    /** Goes back through {@code forward}. */
    public static BackwardPass of(ForwardPass forward) {
        var network = forward.network();
        var count = Rational.of(forward.points().size());
        var points = new ArrayList<PointBackward>();
        for (var point : forward.points()) {
            var outputSlope = Rational.of(2).multiply(point.error()).divide(count);
            var sumSlopes = new ArrayList<Rational>();
            for (int neuron : network.neurons()) {
                var weight = forward.values().get(Network.outputWeight(neuron));
                var step = network.activation().slope(point.sums().get(neuron - 1));
                sumSlopes.add(outputSlope.multiply(weight).multiply(step));
            }
            points.add(new PointBackward(point, outputSlope, sumSlopes));
        }
        return new BackwardPass(forward, points);
    }

    /** Every parameter's slope {@code dL/dp}, in the order {@link Network#parameters()} lists them. */
    public Map<String, Rational> gradient() {
        var network = forward.network();
        var gradient = new LinkedHashMap<String, Rational>();
        for (int neuron : network.neurons()) {
            int index = neuron - 1;
            gradient.put(Network.weight(neuron), sum(p -> p.sumSlopes().get(index).multiply(p.forward().sample().x())));
            gradient.put(Network.bias(neuron), sum(p -> p.sumSlopes().get(index)));
        }
        for (int neuron : network.neurons()) {
            int index = neuron - 1;
            gradient.put(Network.outputWeight(neuron),
                    sum(p -> p.outputSlope().multiply(p.forward().outputs().get(index))));
        }
        gradient.put(Network.outputBias(), sum(PointBackward::outputSlope));
        var ordered = new LinkedHashMap<String, Rational>();
        network.parameters().forEach(name -> ordered.put(name, gradient.get(name)));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    private Rational sum(java.util.function.Function<PointBackward, Rational> term) {
        var total = Rational.ZERO;
        for (var point : points) {
            total = total.add(term.apply(point));
        }
        return total;
    }
}
