package dev.nudge.neural;

import dev.nudge.math.Rational;
import java.util.List;

/**
 * The forward pass at one training example, every value exact: each hidden neuron's weighted sum and output, the
 * network's output, and how far it is from the data.
 *
 * @param sample the example
 * @param sums each hidden neuron's weighted sum {@code z_i = w_i x + b_i}, neuron 1 first
 * @param outputs each hidden neuron's output {@code a_i = relu(z_i)}
 * @param output the network's output {@code f(x, P)}
 */
public record PointForward(Sample sample, List<Rational> sums, List<Rational> outputs, Rational output) {
    public PointForward {
        sums = List.copyOf(sums);
        outputs = List.copyOf(outputs);
    }

    /** The error {@code f(x, P) - y}: positive where the network answers too high. */
    public Rational error() {
        return output.subtract(sample.y());
    }
}
