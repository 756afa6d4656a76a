package dev.nudge.lab;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Call;
import dev.nudge.math.MathException;
import dev.nudge.math.Num;
import dev.nudge.math.Rational;
import dev.nudge.math.Var;
import dev.nudge.neural.Network;
import dev.nudge.plot.Scale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model's output across the data's inputs, against the data points: the line the lessons promise will swing onto
 * the points as the descent runs. Its window is fitted to the data and to the line the lab started with, never to the
 * current line, so the points keep their place on the screen while the line moves.
 *
 * <p>For a network the line bends where a hidden neuron's weighted sum crosses 0: those inputs (its kinks,
 * {@code -b_i / w_i}) are sampled too, so the bend is drawn where it is, not cut off between two samples; and each
 * hidden neuron's piece {@code v_i relu(w_i x + b_i)} is sampled at the same inputs, so the plot shows how the
 * pieces add up to the output.
 *
 * @param x the window of inputs
 * @param y the window of outputs
 * @param xs the sampled inputs
 * @param ys the model's output at each; NaN where it has none or it is too large to draw
 * @param pointXs the data points' inputs
 * @param pointYs the data points' wanted outputs
 * @param pieces each hidden neuron's piece at each of {@code xs}, for a network; none for another model
 */
public record ModelLine(Scale x, Scale y, double[] xs, double[] ys, double[] pointXs, double[] pointYs,
        List<double[]> pieces) {
    /** The part of a window's span left free on each side, so no point sits on the frame. */
    private static final double MARGIN = 0.1;
    /** The name the input has in a piece's expression. */
    private static final String INPUT = "x";

    /** The line for {@code model} sampled at {@code samples} inputs; empty when the data are too large to draw. */
    public static Optional<ModelLine> of(LabModel model, int samples) {
        var setup = model.setup();
        var pointXs = decimals(setup.points().stream().map(LessonMath.DataPoint::x).toList());
        var pointYs = decimals(setup.points().stream().map(LessonMath.DataPoint::y).toList());
        if (!allDrawable(pointXs) || !allDrawable(pointYs)) {
            return Optional.empty();
        }
        var x = padded(pointXs, new double[0]);
        var y = padded(pointYs, outputs(setup, setup.start(), pointXs));
        var xs = inputs(model, x, samples);
        var pieces = setup.network().map(network -> network.neurons().stream()
                .map(neuron -> pieceAt(model, network, neuron, xs)).toList()).orElse(List.of());
        return Optional.of(new ModelLine(x, y, xs, outputs(setup, model.values(), xs), pointXs, pointYs, pieces));
    }

    /** {@code samples} inputs evenly across {@code window}, and a network's kinks in it, in increasing order. */
    private static double[] inputs(LabModel model, Scale window, int samples) {
        var inputs = new java.util.TreeSet<Double>();
        for (int i = 0; i < samples; i++) {
            inputs.add(window.at((double) i / (samples - 1)));
        }
        model.setup().network().ifPresent(network -> network.neurons().forEach(neuron -> {
            var weight = model.values().get(Network.weight(neuron));
            if (weight.signum() != 0) {
                double kink = LossCurve.decimal(model.values().get(Network.bias(neuron)).negate().divide(weight));
                if (window.contains(kink)) {
                    inputs.add(kink);
                }
            }
        }));
        return inputs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Hidden neuron {@code neuron}'s piece of the output at each of {@code inputs}; NaN where it cannot be drawn. */
    private static double[] pieceAt(LabModel model, Network network, int neuron, double[] inputs) {
        var setup = model.setup();
        var piece = setup.definitions().parse(network.piece(neuron, INPUT));
        var pieces = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            var values = new java.util.HashMap<>(model.values());
            values.put(INPUT, LossCurve.sample(inputs[i]));
            try {
                double value = LossCurve.decimal(Algebra.evaluate(piece, setup.definitions(), values));
                pieces[i] = LossCurve.drawable(value) ? value : Double.NaN;
            } catch (MathException tooLarge) {
                pieces[i] = Double.NaN;
            }
        }
        return pieces;
    }

    /** The model's output at each of {@code inputs} with the parameters at {@code values}; NaN where it has none. */
    private static double[] outputs(LabSetup setup, Map<String, Rational> values, double[] inputs) {
        var outputs = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            outputs[i] = output(setup, values, inputs[i]);
        }
        return outputs;
    }

    private static double output(LabSetup setup, Map<String, Rational> values, double input) {
        var at = LossCurve.sample(input);
        try {
            var call = new Call(setup.model(), List.of(new Num(at), new Var("P")));
            double output = LossCurve.decimal(Algebra.evaluate(call, setup.definitions(), values));
            return LossCurve.drawable(output) ? output : Double.NaN;
        } catch (MathException noValueHere) {
            return Double.NaN;
        }
    }

    /** A window around every finite value of {@code main} and {@code also}, with a margin on each side. */
    private static Scale padded(double[] main, double[] also) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (var values : List.of(main, also)) {
            for (double value : values) {
                if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        double margin = high > low ? MARGIN * (high - low) : Math.max(1, Math.abs(low)) / 2;
        return new Scale(low - margin, high + margin);
    }

    private static double[] decimals(List<Rational> values) {
        return values.stream().mapToDouble(LossCurve::decimal).toArray();
    }

    private static boolean allDrawable(double[] values) {
        for (double value : values) {
            if (!LossCurve.drawable(value)) {
                return false;
            }
        }
        return true;
    }
}
