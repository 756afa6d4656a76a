package dev.nudge.lesson;

import java.util.List;

/**
 * Proves that a plot block draws: its parameter is one of the lesson's, its ranges run upwards, its point is on the
 * curve's parameter and inside the range, and the curve computes at every sample. Each problem is reported at the
 * part of the block it is about; the point's value and the tangent's slope become figures of the step.
 */
final class PlotCheck {
    /** The checker samples a curve this finely: more finely than the widest plot a screen draws. */
    static final int SAMPLES = 161;

    private PlotCheck() {
    }

    static void check(MathCheck check, LessonMath math, ProseBlock.Plot plot, List<String> figures) {
        var name = check.attempt(plot.parameter(), () -> PlotCurve.axis(math, plot));
        var range = check.attempt(plot.from(), () -> PlotCurve.range(math, plot));
        if (name.isPresent() && range.isPresent() && check.attempt(plot.opening(),
                () -> PlotCurve.marked(math, plot, name.get(), range.get())).isEmpty()) {
            return;
        }
        boolean drawable = name.isPresent() && range.isPresent()
                && check.attempt(plot.low().orElse(plot.opening()), () -> PlotCurve.verticalRange(math, plot))
                        .isPresent();
        if (plot.at().isPresent() && drawable) {
            var at = plot.at().get();
            drawable = check.attempt(at.value(), () -> PlotCurve.pointAt(math, at, name.get(), range.get()))
                    .isPresent();
        }
        if (!drawable) {
            return;
        }
        check.attempt(plot.curve(), () -> PlotCurve.of(math, plot, SAMPLES)).flatMap(PlotCurve::point)
                .ifPresent(point -> {
                    figures.add(MathCheck.figure(point.y()));
                    if (plot.tangent()) {
                        figures.add(MathCheck.figure(point.slope()));
                    }
                });
    }
}
