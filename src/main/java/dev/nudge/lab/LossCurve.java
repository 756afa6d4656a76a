package dev.nudge.lab;

import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.plot.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The loss as a function of the selected parameter, the others held, with the tangent at the current value: sampled
 * across the lab's {@link LossAxes}, which keep still while the point moves.
 *
 * @param x the window of parameter values
 * @param y the window of loss values
 * @param xs the sampled parameter values
 * @param ys the loss at each
 * @param at the parameter's current value
 * @param loss the loss there
 * @param slope the derivative there: the tangent's slope
 */
public record LossCurve(Scale x, Scale y, double[] xs, double[] ys, double at, double loss, double slope) {
    private static final int SAMPLE_DECIMALS = 6;
    /** Past this size a number is not drawn: plots compute with doubles, which stop at about 1e308. */
    private static final double DRAWABLE = 1e100;

    /**
     * The curve for the selected parameter of {@code model}, sampled at {@code samples} points; empty when the
     * numbers are too large to draw (the lab then says so and shows them as numbers). Samples where the loss has no
     * value (a division by zero) or is too large are left out of the line.
     */
    public static Optional<LossCurve> of(LabModel model, int samples) {
        var name = model.selectedName();
        var axes = model.axes();
        double at = decimal(model.values().get(name));
        double slope = decimal(model.slope(name));
        double loss = decimal(model.loss());
        if (axes.isEmpty() || !drawable(at) || !drawable(slope) || !drawable(loss)) {
            return Optional.empty();
        }
        var window = axes.get().x();
        var xs = new double[samples];
        for (int i = 0; i < samples; i++) {
            xs[i] = decimal(sample(window.at((double) i / (samples - 1))));
        }
        return Optional.of(new LossCurve(window, axes.get().y(), xs, losses(model, name, window, samples), at, loss,
                slope));
    }

    /** The loss at {@code samples} values of {@code name} evenly across {@code window}; NaN where it has none. */
    static double[] losses(LabModel model, String name, Scale window, int samples) {
        var ys = new double[samples];
        for (int i = 0; i < samples; i++) {
            ys[i] = lossOrGap(model, name, sample(window.at((double) i / (samples - 1))));
        }
        return ys;
    }

    /**
     * The number of largest size among those the curve is drawn from (the parameter's value, the loss, the slope and
     * the curvature there): what to name when the curve is too large to draw.
     */
    public static Rational largest(LabModel model) {
        var name = model.selectedName();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(model.values().get(name), model.loss(),
                model.slope(name)), model.curvature(name).stream())
                .max(java.util.Comparator.comparing(Rational::abs)).orElseThrow();
    }

    /** Whether a plot can place {@code value}: finite, and small enough that its spans and squares stay finite. */
    public static boolean drawable(double value) {
        return Math.abs(value) <= DRAWABLE;
    }

    private static double lossOrGap(LabModel model, String name, Rational value) {
        try {
            double loss = decimal(model.lossWith(name, value));
            return drawable(loss) ? loss : Double.NaN;
        } catch (MathException undefinedHere) {
            return Double.NaN;
        }
    }

    /** The tangent's height at {@code value}. */
    public double tangent(double value) {
        return loss + slope * (value - at);
    }

    /**
     * A window that shows both {@code at} and {@code bottom}: its width a 1-2-5 number and its centre a multiple of a
     * quarter of it, so that windows fitted again a little later often come out the same.
     */
    static Scale window(double at, double bottom) {
        double half = Scale.nice(Math.max(1, 0.75 * Math.abs(at - bottom)));
        double quarter = half / 2;
        double center = Math.round((at + bottom) / 2 / quarter) * quarter;
        return new Scale(center - half, center + half);
    }

    /** {@code value} as an exact number with a few decimals: what the engine evaluates a sample at. */
    static Rational sample(double value) {
        return Rational.parse(BigDecimal.valueOf(value).setScale(SAMPLE_DECIMALS, RoundingMode.HALF_EVEN)
                .toPlainString());
    }

    /** {@code value} as the nearest double, for drawing. */
    public static double decimal(Rational value) {
        return value.toDouble();
    }
}
