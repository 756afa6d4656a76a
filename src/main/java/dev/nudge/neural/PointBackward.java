package dev.nudge.neural;

import dev.nudge.math.Rational;
import java.util.List;

/**
 * The backward pass at one training example: how much the loss changes with the network's output there, and, through
 * each output weight and each ReLU's step, with each hidden neuron's weighted sum.
 *
 * @param forward the forward values it goes back through
 * @param outputSlope {@code dL/df} at this example: {@code 2(f - y)/n} for the mean squared error over n examples
 * @param sumSlopes {@code dL/dz_i = dL/df · v_i · step(z_i)} for each hidden neuron, neuron 1 first
 */
public record PointBackward(PointForward forward, Rational outputSlope, List<Rational> sumSlopes) {
    public PointBackward {
        sumSlopes = List.copyOf(sumSlopes);
    }
}
