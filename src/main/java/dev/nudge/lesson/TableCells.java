package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.math.Renderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a table block, computed by the engine: each row binds its variable (or a data point's {@code x} and
 * {@code y}) and {@code n}, the number of rows, over the lesson's parameters, and each column's expression is
 * evaluated there; the sum row adds up every column but the first. Shared by the checker, which proves every cell
 * computes and the table fits a screen, and the layout, which draws it.
 *
 * @param rows each row's cells, in the columns' order
 * @param sums the sum row's cells for the columns after the first; empty without a sum row
 */
public record TableCells(List<List<Rational>> rows, List<Rational> sums) {
    /** Columns the table is indented by. */
    public static final int INDENT = 2;
    /** Columns between two columns of the table. */
    public static final int GAP = 2;
    /** The narrowest screen a table must fit, so the course reads at 80x24. */
    public static final int SCREEN_COLUMNS = 80;
    /** The most rows: with its heading, rule and sum, a table still leaves room for its question at 24 rows. */
    public static final int MAX_ROWS = 12;
    /** The columns the sum row's label may take, in any language ({@code sum}, {@code 合計}). */
    public static final int SUM_LABEL_COLUMNS = 4;
    /** The name a table binds to the number of its rows, for a mean such as {@code 2(f(x, P) - y)/n}. */
    public static final String COUNT = "n";

    public TableCells {
        rows = rows.stream().map(List::copyOf).toList();
        sums = List.copyOf(sums);
    }

    /** Computes every cell of {@code table}; throws {@link MathException} saying which one does not compute. */
    public static TableCells of(LessonMath math, ProseBlock.Table table) {
        var bindings = rowBindings(math, table);
        if (bindings.size() > MAX_ROWS) {
            throw new MathException("a table has at most " + MAX_ROWS + " rows, not " + bindings.size()
                    + ", so that it fits a screen of 24 rows");
        }
        var expressions = table.columns().stream().map(column -> math.parse(column.text())).toList();
        var rows = new ArrayList<List<Rational>>();
        for (var row : bindings) {
            var values = new LinkedHashMap<>(math.parameters());
            values.putAll(row);
            var cells = new ArrayList<Rational>();
            for (int column = 0; column < expressions.size(); column++) {
                cells.add(cell(expressions.get(column), table.columns().get(column).text(), math, values, row));
            }
            rows.add(cells);
        }
        var sums = new ArrayList<Rational>();
        if (table.sum()) {
            for (int column = 1; column < expressions.size(); column++) {
                var total = Rational.ZERO;
                for (var row : rows) {
                    total = total.add(row.get(column));
                }
                sums.add(total);
            }
        }
        return new TableCells(rows, sums);
    }

    /** The value each row gives its names: a data point's {@code x} and {@code y}, or the variable's value. */
    private static List<Map<String, Rational>> rowBindings(LessonMath math, ProseBlock.Table table) {
        var rows = new ArrayList<Map<String, Rational>>();
        if (table.variable().isEmpty()) {
            if (math.points().isEmpty()) {
                throw new MathException("\"rows: points\" gives a row per data point, but the lesson has no points");
            }
            for (var point : math.points()) {
                rows.add(Map.of("x", point.x(), "y", point.y(), COUNT, Rational.of(math.points().size())));
            }
            return rows;
        }
        var name = LessonMath.variableName(table.variable().get().text());
        for (var value : table.values()) {
            var exact = math.evaluate(value.text(), List.of());
            rows.add(Map.of(name, exact, COUNT, Rational.of(table.values().size())));
        }
        return rows;
    }

    private static Rational cell(dev.nudge.math.Expr expression, String written, LessonMath math,
            Map<String, Rational> values, Map<String, Rational> row) {
        try {
            return Algebra.evaluate(expression, math.definitions(), values);
        } catch (MathException noValue) {
            if (noValue.isLimit()) {
                throw noValue;
            }
            throw new MathException("the column \"" + written + "\" has no value in the row " + describe(row) + ": "
                    + noValue.problem());
        }
    }

    private static String describe(Map<String, Rational> row) {
        var parts = new ArrayList<String>();
        row.forEach((name, value) -> {
            if (!name.equals(COUNT)) {
                parts.add(name + " = " + value);
            }
        });
        parts.sort(null);
        return String.join(", ", parts);
    }

    /**
     * The columns the table takes drawn in ASCII, whose names and numbers are at least as wide as in any other set
     * of characters: what the checker holds to {@link #SCREEN_COLUMNS}.
     */
    public int widestColumns(LessonMath math, ProseBlock.Table table) {
        int total = INDENT + GAP * (table.columns().size() - 1);
        for (int column = 0; column < table.columns().size(); column++) {
            int width = columns(table.headers().isEmpty()
                    ? Renderer.oneLine(math.parse(table.columns().get(column).text()), GlyphSet.ASCII)
                    : table.headers().get(column).text());
            for (var row : rows) {
                width = Math.max(width, row.get(column).display(GlyphSet.ASCII).length());
            }
            if (!sums.isEmpty()) {
                width = Math.max(width, column == 0 ? SUM_LABEL_COLUMNS : sums.get(column - 1).display(GlyphSet.ASCII).length());
            }
            total += width;
        }
        return total;
    }

    private static int columns(String text) {
        int width = 0;
        for (char c : text.toCharArray()) {
            width += Cjk.is(c) ? 2 : 1;
        }
        return width;
    }
}
