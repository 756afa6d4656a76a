package dev.nudge.lesson;

import java.util.List;

/**
 * Proves that a table block draws: each column's expression parses and names nothing the lesson lacks, each row's
 * value computes, every cell computes, and the table fits {@value TableCells#SCREEN_COLUMNS} columns. Each problem is
 * reported at the part of the block it is about; every cell becomes a figure of the step, so both languages must
 * show the same table.
 */
final class TableCheck {
    private TableCheck() {
    }

    static void check(MathCheck check, LessonMath math, ProseBlock.Table table, List<String> figures) {
        boolean ok = true;
        var bound = table.variable().isPresent()
                ? List.of(table.variable().get().text(), TableCells.COUNT) : List.of("x", "y", TableCells.COUNT);
        for (var column : table.columns()) {
            var parsed = check.attempt(column, () -> math.parse(column.text()));
            ok &= parsed.isPresent() && knowsEveryName(check, math, column, parsed.get(), bound);
        }
        if (table.variable().isPresent()) {
            var variable = table.variable().get();
            ok &= check.attempt(variable, () -> LessonMath.variableName(variable.text())).isPresent();
            for (var value : table.values()) {
                ok &= check.attempt(value, () -> math.evaluate(value.text(), List.of())).isPresent();
            }
        }
        if (!ok) {
            return;
        }
        check.attempt(table.opening(), () -> TableCells.of(math, table)).ifPresent(cells -> {
            cells.rows().forEach(row -> row.forEach(cell -> figures.add(MathCheck.figure(cell))));
            cells.sums().forEach(cell -> figures.add(MathCheck.figure(cell)));
            int width = cells.widestColumns(math, table);
            if (width > TableCells.SCREEN_COLUMNS) {
                check.report(table.opening(), "this table is " + width + " columns wide, but a screen of "
                        + TableCells.SCREEN_COLUMNS + " columns must show it: take out a column, or split it into"
                        + " two tables");
            }
        });
    }

    /** Reports the names in a column that are neither the lesson's parameters nor what each row gives a value. */
    private static boolean knowsEveryName(MathCheck check, LessonMath math, SourceText column,
            dev.nudge.math.Expr parsed, List<String> bound) {
        var unknown = dev.nudge.math.Algebra.variables(parsed, math.definitions()).stream()
                .filter(name -> !math.parameters().containsKey(name) && !bound.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            check.report(column, "\"" + FieldLines.shorten(column.text()) + "\": names " + String.join(", ", unknown)
                    + ", which this table does not have; each row gives " + String.join(", ", bound)
                    + ", and the lesson's parameters are " + String.join(", ", math.parameters().keySet()));
        }
        return unknown.isEmpty();
    }
}
