package dev.nudge.lab;

import dev.nudge.plot.Scale;
import java.util.Optional;

/**
 * The ranges the plot of the loss along one parameter shows. They stay put while the learner moves a parameter or a
 * descent runs, so the point is seen to travel down a curve that keeps still; they are fitted again only when the
 * learner asks ({@link LabInput#RESCALE}), when the point leaves them, or when the plot shows another quantity
 * (another parameter selected, the other loss).
 *
 * @param parameter the parameter along which the loss is drawn
 * @param kind the loss drawn
 * @param x the window of that parameter's values
 * @param y the window of loss values
 */
public record LossAxes(String parameter, LossKind kind, Scale x, Scale y) {
    /** How many values of the parameter are tried to find how high the curve rises in the window. */
    private static final int SAMPLES = 64;

    /**
     * Axes fitted to the lab as it is: a window that shows both the current value and the bottom of the curve, and
     * the loss from 0 up to the highest point of the curve in it. Empty when the numbers are too large to draw.
     */
    static Optional<LossAxes> around(LabModel model) {
        var name = model.selectedName();
        double at = LossCurve.decimal(model.values().get(name));
        double slope = LossCurve.decimal(model.slope(name));
        var curvature = model.curvature(name).map(LossCurve::decimal);
        double loss = LossCurve.decimal(model.loss());
        if (!LossCurve.drawable(at) || !LossCurve.drawable(slope) || !curvature.map(LossCurve::drawable).orElse(true)
                || !LossCurve.drawable(loss)) {
            return Optional.empty();
        }
        double bottom = curvature.isPresent() ? curvature.get() > 0 ? at - slope / curvature.get() : at
                : lowestNear(model, name, at, slope);
        var x = LossCurve.window(at, LossCurve.drawable(bottom) ? bottom : at);
        double high = loss;
        double low = Math.min(0, loss);
        for (double value : LossCurve.losses(model, name, x, SAMPLES)) {
            if (Double.isFinite(value)) {
                high = Math.max(high, value);
                low = Math.min(low, value);
            }
        }
        return Optional.of(new LossAxes(name, model.kind(), x, Scale.spanning(low, high)));
    }

    /**
     * Where the loss along {@code name} is lowest among values tried on the downhill side of {@code at}, as far again
     * as the parameter's size: for a loss without a second derivative (a ReLU network), which has no formula for it.
     */
    private static double lowestNear(LabModel model, String name, double at, double slope) {
        double reach = Math.max(1, Math.abs(at));
        var search = slope > 0 ? new Scale(at - reach, at) : new Scale(at, at + reach);
        var losses = LossCurve.losses(model, name, search, SAMPLES);
        double bottom = at;
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < SAMPLES; i++) {
            if (Double.isFinite(losses[i]) && losses[i] < lowest) {
                lowest = losses[i];
                bottom = search.at((double) i / (SAMPLES - 1));
            }
        }
        return bottom;
    }

    /** The axes to draw {@code model} with, given the ones it was drawn with: kept while they still show its point. */
    static Optional<LossAxes> following(Optional<LossAxes> shown, LabModel model) {
        return shown.filter(axes -> axes.show(model)).or(() -> around(model));
    }

    /** Whether these axes show {@code model}'s current point, on the plot they were fitted to. */
    boolean show(LabModel model) {
        var name = model.selectedName();
        if (!name.equals(parameter) || model.kind() != kind) {
            return false;
        }
        double at = LossCurve.decimal(model.values().get(name));
        double loss = LossCurve.decimal(model.loss());
        return x.contains(at) && y.contains(loss);
    }
}
