package dev.nudge.lab;

import dev.nudge.math.Rational;
import dev.nudge.plot.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /** The curve for the selected parameter of {@code model}, sampled at {@code samples} points. */
    public static LossCurve of(LabModel model, int samples) {
        var name = model.selectedName();
        double at = decimal(model.values().get(name));
        double slope = decimal(model.slope(name));
        double curvature = decimal(model.curvature(name));
        var window = window(at, curvature > 0 ? at - slope / curvature : at);
        var xs = new double[samples];
        var ys = new double[samples];
        for (int i = 0; i < samples; i++) {
            var value = sample(window.at((double) i / (samples - 1)));
            xs[i] = decimal(value);
            ys[i] = decimal(model.lossWith(name, value));
        }
        return new LossCurve(window, xs, ys, at, decimal(model.loss()), slope);
    }

    /** A vertical range from 0 (a squared loss is never below) to the highest sample, and the current loss. */
    public Scale y() {
        double high = loss;
        double low = Math.min(0, loss);
        for (double value : ys) {
            high = Math.max(high, value);
            low = Math.min(low, value);
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
        return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()),
                java.math.MathContext.DECIMAL64).doubleValue();
    }
}
