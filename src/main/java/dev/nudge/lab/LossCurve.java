package dev.nudge.lab;

import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.plot.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The loss as a function of the selected parameter, the others held: sampled across a window that shows both the
 * current value and the bottom of the curve, with the tangent there. The window's width is a 1-2-5 number and its
 * centre a multiple of a quarter of it, so it keeps still while the point moves a little and rescales in jumps.
 *
 * @param x the window of parameter values
 * @param xs the sampled parameter values
 * @param ys the loss at each
 * @param at the parameter's current value
 * @param loss the loss there
 * @param slope the derivative there: the tangent's slope
 */
public record LossCurve(Scale x, double[] xs, double[] ys, double at, double loss, double slope) {
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
        double at = decimal(model.values().get(name));
        double slope = decimal(model.slope(name));
        double curvature = decimal(model.curvature(name));
        double loss = decimal(model.loss());
        if (!drawable(at) || !drawable(slope) || !drawable(curvature) || !drawable(loss)) {
            return Optional.empty();
        }
        double bottom = curvature > 0 ? at - slope / curvature : at;
        var window = window(at, drawable(bottom) ? bottom : at);
        var xs = new double[samples];
        var ys = new double[samples];
        for (int i = 0; i < samples; i++) {
            var value = sample(window.at((double) i / (samples - 1)));
            xs[i] = decimal(value);
            ys[i] = lossOrGap(model, name, value);
        }
        return Optional.of(new LossCurve(window, xs, ys, at, loss, slope));
    }

    /**
     * The number of largest size among those the curve is drawn from (the parameter's value, the loss, the slope and
     * the curvature there): what to name when the curve is too large to draw.
     */
    public static Rational largest(LabModel model) {
        var name = model.selectedName();
        return java.util.stream.Stream.of(model.values().get(name), model.loss(), model.slope(name),
                model.curvature(name)).max(java.util.Comparator.comparing(Rational::abs)).orElseThrow();
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

    /** A vertical range from 0 (a squared loss is never below) to the highest sample, and the current loss. */
    public Scale y() {
        double high = loss;
        double low = Math.min(0, loss);
        for (double value : ys) {
            if (Double.isFinite(value)) {
                high = Math.max(high, value);
                low = Math.min(low, value);
            }
        }
        return Scale.spanning(low, high);
    }

    /** The tangent's height at {@code value}. */
    public double tangent(double value) {
        return loss + slope * (value - at);
    }

    static Scale window(double at, double bottom) {
        double half = Scale.nice(Math.max(1, 0.75 * Math.abs(at - bottom)));
        double quarter = half / 2;
        double center = Math.round((at + bottom) / 2 / quarter) * quarter;
        return new Scale(center - half, center + half);
    }

    private static Rational sample(double value) {
        return Rational.parse(BigDecimal.valueOf(value).setScale(SAMPLE_DECIMALS, RoundingMode.HALF_EVEN)
                .toPlainString());
    }

    /** {@code value} as the nearest double, for drawing. */
    public static double decimal(Rational value) {
        return value.toDouble();
    }
}
