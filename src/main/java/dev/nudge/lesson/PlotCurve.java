package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers a plot block draws, computed by the engine: the curve sampled exactly across the range (the other
 * parameters at the lesson's values), its vertical range, the marked point with the tangent's slope there, and the
 * data points when the curve is drawn over the model's input. The
 * samples are kept as doubles, since a plot places them on a grid of dots; the point and the slope stay exact, for
 * the legend.
 *
 * @param parameter the parameter (or the model's input, such as {@code x}) along the horizontal axis, by its
 *     canonical name ({@code P_1})
 * @param from the left end of the range
 * @param to the right end of the range
 * @param xs the sampled parameter values
 * @param ys the curve's value at each
 * @param low the bottom of the vertical range
 * @param high the top of the vertical range
 * @param point the marked point, if the block gives one
 * @param tangent whether the tangent at the point is drawn
 * @param data the data points marked, empty unless the block asks for them
 */
public record PlotCurve(String parameter, Rational from, Rational to, double[] xs, double[] ys, double low,
        double high, Optional<Point> point, boolean tangent, java.util.List<LessonMath.DataPoint> data) {
    /** The fewest samples a curve is drawn from, so a narrow plot is still smooth. */
    public static final int MIN_SAMPLES = 2;
    /** The vertical range is rounded out to a 1-2-5 step of about this fraction of it. */
    private static final int ROUNDING = 10;

    /**
     * The marked point.
     *
     * @param x the parameter's value there
     * @param y the curve's value there
     * @param slope the curve's derivative there: the tangent's slope
     */
    public record Point(Rational x, Rational y, Rational slope) {
        /** The tangent's height at {@code value}. */
        public double tangentAt(double value) {
            return y.toDouble() + slope.toDouble() * (value - x.toDouble());
        }
    }

    /**
     * The curve of {@code plot} sampled at {@code samples} evenly spaced values, as the checker proves it: throws
     * {@link MathException} where it has no value.
     */
    public static PlotCurve of(LessonMath math, ProseBlock.Plot plot, int samples) {
        return sampled(math, plot, samples, true);
    }

    /**
     * The curve as a screen draws it: a sample where it has no value (a sample the checker's did not meet) is a gap
     * in the line rather than no picture at all.
     */
    public static PlotCurve drawn(LessonMath math, ProseBlock.Plot plot, int samples) {
        return sampled(math, plot, samples, false);
    }

    private static PlotCurve sampled(LessonMath math, ProseBlock.Plot plot, int samples, boolean strict) {
        var name = axis(math, plot);
        var range = range(math, plot);
        var data = marked(math, plot, name, range);
        var from = range.get(0);
        var to = range.get(1);
        Expr curve = math.parse(plot.curve().text());
        var values = new java.util.LinkedHashMap<>(math.parameters());
        int count = Math.max(MIN_SAMPLES, samples);
        var xs = new double[count];
        var ys = new double[count];
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            var x = from.add(to.subtract(from).multiply(Rational.of(i, count - 1)));
            xs[i] = x.toDouble();
            ys[i] = strict ? valueAt(curve, math, values, name, x).toDouble() : valueOrGap(curve, math, values, name, x);
            if (Double.isFinite(ys[i])) {
                low = Math.min(low, ys[i]);
                high = Math.max(high, ys[i]);
            }
        }
        if (low > high) {
            throw new MathException("the curve has no value anywhere in the range");
        }
        for (var marked : data) {
            low = Math.min(low, marked.y().toDouble());
            high = Math.max(high, marked.y().toDouble());
        }
        var point = plot.at().map(at -> {
            var x = pointAt(math, at, name, range);
            var slope = Algebra.evaluate(Algebra.derivative(curve, name, math.definitions()), math.definitions(),
                    with(values, name, x));
            return new Point(x, valueAt(curve, math, values, name, x), slope);
        });
        var given = verticalRange(math, plot);
        if (given.isPresent()) {
            low = given.get().get(0).toDouble();
            high = given.get().get(1).toDouble();
        } else if (high > low) {
            // Rounded out to a tenth of the span, so the labels are round numbers and a sampled bottom such as
            // 0.00099 shows as the 0 it nearly is.
            double step = dev.nudge.plot.Scale.nice((high - low) / ROUNDING);
            low = Math.floor(low / step) * step;
            high = Math.ceil(high / step) * step;
        }
        if (!Double.isFinite(xs[0]) || !Double.isFinite(xs[count - 1]) || !Double.isFinite(low)
                || !Double.isFinite(high) || xs[0] >= xs[count - 1]) {
            throw new MathException("the plot's numbers are too large or too close together to draw");
        }
        return new PlotCurve(name, from, to, xs, ys, low, high, point, plot.tangent() && point.isPresent(), data);
    }

    /**
     * The name along the horizontal axis: one of the lesson's parameters, or a variable of the curve that is none,
     * such as the input {@code x} of {@code f(x, P)}; throws for any other name.
     */
    static String axis(LessonMath math, ProseBlock.Plot plot) {
        var name = LessonMath.variableName(plot.parameter().text());
        if (math.parameters().containsKey(name)) {
            return name;
        }
        var curve = math.parse(plot.curve().text());
        if (math.definitions().lookup(name).isPresent() || !Algebra.variables(curve, math.definitions()).contains(name)) {
            throw new MathException("\"" + plot.parameter().text() + "\" is neither a parameter of the lesson nor a"
                    + " variable of the curve " + plot.curve().text() + "; its parameters are "
                    + String.join(", ", math.parameters().keySet()));
        }
        return name;
    }

    /**
     * The data points marked: none unless the block asks; then every one of the lesson's points, which needs a plot
     * over the model's input (not a parameter) with every point inside the range. Throws otherwise.
     */
    static java.util.List<LessonMath.DataPoint> marked(LessonMath math, ProseBlock.Plot plot, String name,
            java.util.List<Rational> range) {
        if (!plot.points()) {
            return java.util.List.of();
        }
        if (math.parameters().containsKey(name)) {
            throw new MathException("the data points are (x, y) pairs, so they are marked on a plot over the model's"
                    + " input, such as \"over: x from -2 to 2\", not over the parameter " + name);
        }
        if (math.points().isEmpty()) {
            throw new MathException("the lesson has no data points to mark; give them in the header's \"points:\"");
        }
        for (var point : math.points()) {
            if (point.x().compareTo(range.get(0)) < 0 || point.x().compareTo(range.get(1)) > 0) {
                throw new MathException("the data point (" + point.x() + ", " + point.y() + ") is outside the range "
                        + range.get(0) + " to " + range.get(1));
            }
        }
        return math.points();
    }

    /** The ends of the horizontal range; throws unless the first is below the second. */
    static java.util.List<Rational> range(LessonMath math, ProseBlock.Plot plot) {
        return ordered(value(math, plot.from()), value(math, plot.to()), "range");
    }

    /** The vertical range the block gives, if it gives one; throws unless its bottom is below its top. */
    static Optional<java.util.List<Rational>> verticalRange(LessonMath math, ProseBlock.Plot plot) {
        return plot.low().flatMap(low -> plot.high().map(high -> ordered(value(math, low), value(math, high),
                "vertical range")));
    }

    /** The point's value of {@code name}; throws unless {@code at} names it and it lies in {@code range}. */
    static Rational pointAt(LessonMath math, Binding at, String name, java.util.List<Rational> range) {
        if (!LessonMath.variableName(at.name().text()).equals(name)) {
            throw new MathException("the curve is drawn over " + name + ", so the point gives " + name + ", not "
                    + at.name().text());
        }
        var x = value(math, at.value());
        if (x.compareTo(range.get(0)) < 0 || x.compareTo(range.get(1)) > 0) {
            throw new MathException("the point " + name + " = " + x + " is outside the range " + range.get(0) + " to "
                    + range.get(1));
        }
        return x;
    }

    private static java.util.List<Rational> ordered(Rational low, Rational high, String what) {
        if (low.compareTo(high) >= 0) {
            throw new MathException("the " + what + " runs from a smaller value to a larger one, but " + low
                    + " is not below " + high);
        }
        return java.util.List.of(low, high);
    }

    private static Rational value(LessonMath math, SourceText source) {
        return math.evaluate(source.text(), java.util.List.of());
    }

    private static Rational valueAt(Expr curve, LessonMath math, Map<String, Rational> values, String name,
            Rational x) {
        try {
            return Algebra.evaluate(curve, math.definitions(), with(values, name, x));
        } catch (MathException noValue) {
            if (noValue.isLimit()) {
                throw noValue;
            }
            throw new MathException("the curve has no value at " + name + " = " + x + ": " + noValue.problem());
        }
    }

    private static double valueOrGap(Expr curve, LessonMath math, Map<String, Rational> values, String name,
            Rational x) {
        try {
            return valueAt(curve, math, values, name, x).toDouble();
        } catch (MathException noValue) {
            if (noValue.isLimit()) {
                throw noValue;
            }
            return Double.NaN;
        }
    }

    private static Map<String, Rational> with(Map<String, Rational> values, String name, Rational x) {
        var at = new java.util.LinkedHashMap<>(values);
        at.put(name, x);
        return at;
    }
}
