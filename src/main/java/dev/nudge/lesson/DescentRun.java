package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The rows of a descent table, computed by the engine: gradient descent on the block's loss from its start at its
 * learning rate, every parameter moving against its own slope, all slopes taken at the old values. Each new value is
 * rounded to {@link #DECIMALS} places, as the lab rounds it, so the table shows what the lab would show and the
 * numbers stay small however long the descent runs. A descent whose loss passes {@link #LIMIT} stops there.
 *
 * @param parameters the parameters descended, by their canonical names, in the lesson's order
 * @param rate the learning rate
 * @param rows the rows listed, in order
 * @param blownUpAt the step at which the loss passed {@link #LIMIT}, if it did; it is the last row
 */
public record DescentRun(List<String> parameters, Rational rate, List<Row> rows, OptionalInt blownUpAt) {
    /** The most steps a table may run: bounded work for one block. */
    public static final int MAX_STEPS = 1000;
    /** The decimal places each new value is rounded to, in a table and in the lab. */
    public static final int DECIMALS = 12;
    /** Past this loss the descent has blown up (the lab stops at the same loss). */
    public static final Rational LIMIT = Rational.parse("1e12");
    /**
     * The tables computed so far, by lesson: a screen lays its prose out again at every key, and a table of a hundred
     * steps takes tens of milliseconds. A lesson's math lives as long as its course is loaded; then its tables go too.
     */
    private static final Map<LessonMath, Map<ProseBlock.Descent, DescentRun>> COMPUTED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public DescentRun {
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
    }

    /**
     * One listed step.
     *
     * @param step how many updates have been made (0 is the start)
     * @param values each parameter's value, in the order of {@code parameters}
     * @param slopes the loss's partial derivative by each parameter there
     * @param loss the loss there
     * @param move how far the next update moves the parameter that moves most: the rate times the largest slope
     */
    public record Row(int step, List<Rational> values, List<Rational> slopes, Rational loss, Rational move) {
        public Row {
            values = List.copyOf(values);
            slopes = List.copyOf(slopes);
        }
    }

    /** The table of {@code block}, as {@link #of}, computed once for each lesson's math. */
    public static DescentRun remembered(LessonMath math, ProseBlock.Descent block) {
        return COMPUTED.computeIfAbsent(math, lesson -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(block, table -> of(math, table));
    }

    /** The table of {@code block}; throws {@link MathException} when its loss, start or rate does not compute. */
    public static DescentRun of(LessonMath math, ProseBlock.Descent block) {
        var loss = math.lossOf(block.loss(), block.points());
        var values = start(math, block.start());
        var rate = rate(math, block.rate());
        var parameters = List.copyOf(math.parameters().keySet());
        var slopes = new LinkedHashMap<String, Expr>();
        parameters.forEach(name -> slopes.put(name, Algebra.derivative(loss, name, math.definitions())));
        var shown = block.show().stream().map(step -> Integer.parseInt(step.text())).toList();
        int last = shown.isEmpty() ? 0 : shown.get(shown.size() - 1);
        var rows = new ArrayList<Row>();
        for (int step = 0; step <= last; step++) {
            var row = row(step, math, loss, slopes, values, rate);
            boolean blownUp = row.loss().abs().compareTo(LIMIT) > 0;
            if (shown.contains(step) || blownUp) {
                rows.add(row);
            }
            if (blownUp) {
                return new DescentRun(parameters, rate, rows, OptionalInt.of(step));
            }
            values = next(values, row, rate);
        }
        return new DescentRun(parameters, rate, rows, OptionalInt.empty());
    }

    private static Row row(int step, LessonMath math, Expr loss, Map<String, Expr> slopeOf,
            Map<String, Rational> values, Rational rate) {
        var slopes = new ArrayList<Rational>();
        var largest = Rational.ZERO;
        for (var slope : slopeOf.values()) {
            var value = Algebra.evaluate(slope, math.definitions(), values);
            slopes.add(value);
            largest = value.abs().compareTo(largest) > 0 ? value.abs() : largest;
        }
        return new Row(step, List.copyOf(values.values()), slopes, Algebra.evaluate(loss, math.definitions(), values),
                rate.multiply(largest));
    }

    private static Map<String, Rational> next(Map<String, Rational> values, Row row, Rational rate) {
        var next = new LinkedHashMap<String, Rational>();
        int i = 0;
        for (var entry : values.entrySet()) {
            next.put(entry.getKey(), entry.getValue().subtract(rate.multiply(row.slopes().get(i++))).roundedTo(DECIMALS));
        }
        return next;
    }

    /** The starting values: the lesson's, with the block's {@code params:} over them, each a parameter. */
    static Map<String, Rational> start(LessonMath math, List<Binding> start) {
        start.forEach(binding -> math.parameter(binding.name()));
        return math.valuesWith(start);
    }

    /** The learning rate; throws unless it is above 0. */
    static Rational rate(LessonMath math, SourceText rate) {
        var value = math.evaluate(rate.text(), List.of());
        if (value.signum() <= 0) {
            throw new MathException("the learning rate must be above 0, but it is " + value);
        }
        return value;
    }
}
