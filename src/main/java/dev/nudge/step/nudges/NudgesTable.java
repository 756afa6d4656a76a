package dev.nudge.step.nudges;

import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.SourceText;
import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of shrinking nudges, every figure computed by the engine in exact rationals: for each nudge of the
 * parameter, the loss after it, the change and the change divided by the nudge, which closes in on {@link #slope}.
 * Rows are kept largest nudge first, as the table reads from a big nudge down to a tiny one.
 *
 * @param loss the loss being nudged
 * @param definitions the lesson's definitions, which the loss is computed with
 * @param values every parameter's value before the nudge
 * @param parameter the parameter nudged, by its canonical name ({@code P_1})
 * @param lossAt the loss before the nudge
 * @param slope the derivative of the loss with respect to the parameter, where it stands
 * @param rows the rows, largest nudge first
 * @param lossName what the slope's name calls the loss, as in {@code dMSE/dw₂}
 */
public record NudgesTable(Expr loss, Definitions definitions, Map<String, Rational> values, String parameter,
        Rational lossAt, Rational slope, List<Row> rows, String lossName) {
    /** Orders rows by the size of their nudge, largest first; of two the same size, the rise before the fall. */
    private static final Comparator<Row> BY_SIZE = Comparator.comparing((Row row) -> row.nudge().abs()).reversed()
            .thenComparing(Row::nudge, Comparator.reverseOrder());

    public NudgesTable {
        values = Map.copyOf(values);
        rows = rows.stream().sorted(BY_SIZE).toList();
    }

    /**
     * One row of the table.
     *
     * @param nudge how far the parameter moves
     * @param lossAfter the loss once it has moved
     * @param change how much the loss changed
     * @param ratio the change divided by the nudge
     * @param own whether the learner added it
     */
    public record Row(Rational nudge, Rational lossAfter, Rational change, Rational ratio, boolean own) {
    }

    /** The table {@code step} starts with; throws {@link MathException} when its math does not compute. */
    public static NudgesTable of(LessonMath math, NudgesStep step) {
        var at = step.at().orElseThrow(() -> new MathException("the nudges block names no parameter to nudge"));
        var name = math.parameter(at.name());
        var loss = math.lossOf(step.loss(), step.points());
        var values = math.valuesWith(List.of(at));
        var definitions = math.definitions();
        var slope = Algebra.evaluate(Algebra.derivative(loss, name, definitions), definitions, values);
        var lossName = math.lossName(step.loss(), step.points());
        var empty = new NudgesTable(loss, definitions, values, name, Algebra.evaluate(loss, definitions, values),
                slope, List.of(), lossName);
        var rows = new ArrayList<Row>();
        for (var nudge : step.nudges()) {
            rows.add(empty.row(nudge(math, nudge), false));
        }
        return new NudgesTable(loss, definitions, values, name, empty.lossAt, slope, rows, lossName);
    }

    /** The value of a nudge the lesson writes; throws when it is no number or 0, which has no ratio. */
    static Rational nudge(LessonMath math, SourceText written) {
        var value = math.evaluate(written.text(), List.of());
        if (value.isZero()) {
            throw new MathException("a nudge of 0 moves nothing, and the change cannot be divided by 0");
        }
        return value;
    }

    /** The parameter's value before the nudge. */
    public Rational at() {
        return values.get(parameter);
    }

    /** The row for {@code nudge}, computed; {@code own} says the learner typed it. */
    Row row(Rational nudge, boolean own) {
        var nudged = new LinkedHashMap<>(values);
        nudged.put(parameter, at().add(nudge));
        var after = Algebra.evaluate(loss, definitions, nudged);
        var change = after.subtract(lossAt);
        return new Row(nudge, after, change, change.divide(nudge), own);
    }

    /** This table with {@code row} in its place by size. */
    NudgesTable with(Row row) {
        var more = new ArrayList<>(rows);
        more.add(row);
        return new NudgesTable(loss, definitions, values, parameter, lossAt, slope, more, lossName);
    }

    /** How many rows the learner has added. */
    public int own() {
        return (int) rows.stream().filter(Row::own).count();
    }

    /** Whether the table has a row for {@code nudge} already. */
    boolean has(Rational nudge) {
        return rows.stream().anyMatch(row -> row.nudge().equals(nudge));
    }
}
