package dev.nudge.layout;

import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.PlotCurve;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.plot.CellStyle;
import dev.nudge.plot.Chart;
import dev.nudge.plot.DotGrid;
import dev.nudge.plot.NumberLabel;
import dev.nudge.plot.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * A plot block of the prose as lines for a width: the curve, its marked point, its tangent and the data points drawn
 * by the lab's plotter ({@link Chart}, Braille or ASCII), the curve's name above the values and the parameter's (or
 * the input's) after them, and a legend with the point, the slope and the data's marker; or, for output read line by line, a sentence or two saying what it shows.
 */
public final class PlotLines {
    /** Rows of dots the plot takes: enough to see the curve bend, few enough to leave the prose in view. */
    static final int ROWS = 10;
    /** The widest plot; wider ones only stretch the curve. */
    static final int MAX_COLUMNS = 64;
    /** Below this a plot is too narrow to read, and the sentences are shown instead. */
    static final int MIN_COLUMNS = 16;
    private static final int INDENT = 2;

    private PlotLines() {
    }

    /** The plot of {@code plot} in {@code width} columns; throws {@code MathException} when it does not compute. */
    public static List<Line> of(LessonMath math, ProseBlock.Plot plot, Writing writing, int width, boolean flat) {
        var text = new MathText(writing.glyphs());
        var curveName = text.withNames(plot.curve().text());
        var probe = PlotCurve.drawn(math, plot, MAX_COLUMNS * DotGrid.CELL_WIDTH);
        int labels = Math.max(NumberLabel.of(probe.high()).length(), NumberLabel.of(probe.low()).length());
        var axisName = " " + text.name(probe.parameter());
        int columns = Math.min(MAX_COLUMNS, width - INDENT - labels - 1 - Width.columns(axisName));
        if (flat || columns < MIN_COLUMNS) {
            return StyledWrap.wrap(List.of(new Segment(sentences(probe, curveName, writing), Tone.TEXT)), width);
        }
        var curve = PlotCurve.drawn(math, plot, columns * DotGrid.CELL_WIDTH);
        var style = writing.glyphs() == Glyphs.ASCII ? CellStyle.ASCII : CellStyle.BRAILLE;
        var x = new Scale(curve.xs()[0], curve.xs()[curve.xs().length - 1]);
        var chart = new Chart(columns, ROWS, x, Scale.spanning(curve.low(), curve.high()), style);
        chart.polyline(curve.xs(), curve.ys());
        curve.data().forEach(point -> chart.mark(point.x().toDouble(), point.y().toDouble()));
        curve.point().ifPresent(point -> {
            if (curve.tangent()) {
                chart.segment(x.min(), point.tangentAt(x.min()), x.max(), point.tangentAt(x.max()));
            }
            chart.mark(point.x().toDouble(), point.y().toDouble());
        });
        var drawn = chart.lines();
        var lines = new ArrayList<Line>();
        lines.add(Line.of(curveName, Tone.MATH).indented(INDENT));
        for (int i = 0; i < drawn.size() - 1; i++) {
            lines.add(Line.of(drawn.get(i), Tone.MATH).indented(INDENT));
        }
        lines.add(Line.of(drawn.get(drawn.size() - 1), Tone.NUMBER).plus(axisName, Tone.MATH).indented(INDENT));
        lines.addAll(StyledWrap.wrap(legend(curve, curveName, writing, style), width - INDENT).stream()
                .map(line -> line.indented(INDENT)).toList());
        return lines;
    }

    /** The legend: which line is the curve, the tangent's slope, and the marker with the point's coordinates. */
    private static List<Segment> legend(PlotCurve curve, String curveName, Writing writing, CellStyle style) {
        var text = new MathText(writing.glyphs());
        var parts = new ArrayList<Segment>();
        parts.add(new Segment(writing.text("plot.legend.curve", curveName), Tone.MUTED));
        curve.point().ifPresent(point -> {
            if (curve.tangent()) {
                parts.add(new Segment(writing.glyphs().separator, Tone.MUTED));
                parts.add(new Segment(writing.text("plot.legend.tangent", text.value(point.slope())), Tone.MUTED));
            }
            parts.add(new Segment(writing.glyphs().separator, Tone.MUTED));
            parts.add(new Segment(style.marker() + " " + writing.text("plot.legend.point", text.name(curve.parameter()),
                    text.value(point.x()), curveName, text.value(point.y())), Tone.MUTED));
        });
        if (!curve.data().isEmpty()) {
            parts.add(new Segment(writing.glyphs().separator, Tone.MUTED));
            parts.add(new Segment(writing.text("plot.legend.points", style.marker()), Tone.MUTED));
        }
        return parts;
    }

    /** What the picture shows, for a reader who cannot see it: the curve over its range, the point and the slope. */
    static String sentences(PlotCurve curve, String curveName, Writing writing) {
        var text = new MathText(writing.glyphs());
        var parameter = text.name(curve.parameter());
        var said = new StringBuilder(writing.text("plot.plain", curveName, parameter, text.value(curve.from()),
                text.value(curve.to()), NumberLabel.of(curve.low()), NumberLabel.of(curve.high())));
        curve.point().ifPresent(point -> {
            var key = curve.tangent() ? "plot.plainTangent" : "plot.plainPoint";
            said.append(writing.text("plot.between")).append(writing.text(key, curveName, parameter,
                    text.value(point.x()), text.value(point.y()), text.value(point.slope())));
        });
        if (!curve.data().isEmpty()) {
            var points = curve.data().stream().map(point -> "(" + text.value(point.x()) + ", " + text.value(point.y())
                    + ")").collect(java.util.stream.Collectors.joining(", "));
            said.append(writing.text("plot.between")).append(writing.text("plot.plainPoints", points));
        }
        return said.toString();
    }
}
