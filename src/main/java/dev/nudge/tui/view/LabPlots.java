package dev.nudge.tui.view;

import dev.nudge.lab.LabModel;
import dev.nudge.lab.LossCurve;
import dev.nudge.lab.ModelLine;
import dev.nudge.layout.Glyphs;
import dev.nudge.math.Rational;
import dev.nudge.plot.CellStyle;
import dev.nudge.plot.Chart;
import dev.nudge.plot.DotGrid;
import dev.nudge.plot.Scale;
import java.util.List;

/**
 * The lab's plots as text: the loss along the selected parameter with its tangent, the model's line against the data,
 * and the loss over the steps.
 */
final class LabPlots {
    /** Columns the vertical labels and their gap take. */
    static final int LABEL_COLUMNS = 8;
    /** Below this a loss counts as this, so the log scale has a floor. */
    private static final double LOG_FLOOR = 1e-12;

    private LabPlots() {
    }

    static CellStyle style(Drawing d) {
        return d.glyphs() == Glyphs.ASCII ? CellStyle.ASCII : CellStyle.BRAILLE;
    }

    /**
     * The curve with the current point marked and the tangent through it, in {@code columns} by {@code rows}; or, when
     * the numbers are too large to draw, a line saying so.
     */
    static List<String> curve(Drawing d, LabModel model, int columns, int rows) {
        int plotColumns = Math.max(1, columns - LABEL_COLUMNS);
        var drawn = LossCurve.of(model, plotColumns * DotGrid.CELL_WIDTH);
        if (drawn.isEmpty()) {
            return tooLarge(d, LossCurve.largest(model));
        }
        var curve = drawn.get();
        var chart = new Chart(plotColumns, rows, curve.x(), curve.y(), style(d));
        chart.polyline(curve.xs(), curve.ys());
        chart.dashedSegment(curve.x().min(), curve.tangent(curve.x().min()), curve.x().max(),
                curve.tangent(curve.x().max()));
        chart.mark(curve.at(), curve.loss());
        return chart.lines();
    }

    /**
     * The model's line against the data points (and a network's hidden pieces, dashed), in {@code columns} by {@code rows}; or, when the data are too large to
     * draw, a line saying so.
     */
    static List<String> fit(Drawing d, LabModel model, int columns, int rows) {
        int plotColumns = Math.max(1, columns - LABEL_COLUMNS);
        var drawn = ModelLine.of(model, plotColumns * DotGrid.CELL_WIDTH);
        if (drawn.isEmpty()) {
            return tooLarge(d, LossCurve.largest(model));
        }
        var line = drawn.get();
        var chart = new Chart(plotColumns, rows, line.x(), line.y(), style(d));
        chart.polyline(line.xs(), line.ys());
        line.pieces().forEach(piece -> chart.dashedPolyline(line.xs(), piece));
        for (int i = 0; i < line.pointXs().length; i++) {
            chart.mark(line.pointXs()[i], line.pointYs()[i]);
        }
        return chart.lines();
    }

    /**
     * The loss after each step so far, linear or logarithmic; losses too large to draw are left out, and when the
     * latest is one of them, a line says so instead.
     */
    static List<String> history(Drawing d, LabModel model, int columns, int rows) {
        var losses = model.history();
        var latest = losses.get(losses.size() - 1);
        if (!LossCurve.drawable(LossCurve.decimal(latest))) {
            return tooLarge(d, latest);
        }
        var xs = new double[losses.size()];
        var ys = new double[losses.size()];
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
            ys[i] = LossCurve.drawable(LossCurve.decimal(losses.get(i))) ? height(losses.get(i), model.logScale())
                    : Double.NaN;
            if (Double.isFinite(ys[i])) {
                low = Math.min(low, ys[i]);
                high = Math.max(high, ys[i]);
            }
        }
        var y = model.logScale() ? Scale.spanning(low, high) : Scale.spanning(Math.min(0, low), high);
        var chart = new Chart(Math.max(1, columns - LABEL_COLUMNS), rows, new Scale(0, Math.max(1, xs.length - 1)), y,
                style(d));
        chart.polyline(xs, ys);
        chart.mark(xs[xs.length - 1], ys[ys.length - 1]);
        return model.logScale() ? chart.lines(value -> Math.pow(10, value)) : chart.lines();
    }

    /** Short lines, to fit a plot's width: the numbers (as large as {@code largest}) cannot be drawn; how to go back. */
    private static List<String> tooLarge(Drawing d, Rational largest) {
        return List.of(d.text("lab.plot.tooLarge"), d.text("lab.plot.reaches", LabNumber.of(largest, d.glyphs())),
                d.text("lab.plot.backToStart"), "");
    }

    private static double height(Rational loss, boolean log) {
        double value = LossCurve.decimal(loss);
        return log ? Math.log10(Math.max(LOG_FLOOR, value)) : value;
    }
}
