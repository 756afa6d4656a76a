package dev.nudge.layout;

import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.TableCells;
import java.util.ArrayList;
import java.util.List;

/**
 * A table block of the prose as lines for a width: a heading row, a rule, a row per data point or value with every
 * cell computed and right-aligned (exact numbers shown as the tutor shows numbers everywhere), and, if asked, a rule
 * and the sum row. When the window is too narrow, and for output read line by line, each row is a line saying each
 * column's heading and value.
 */
public final class TableLines {
    private TableLines() {
    }

    /** The table of {@code table} in {@code width} columns; throws {@code MathException} when it does not compute. */
    public static List<Line> of(LessonMath math, ProseBlock.Table table, Writing writing, ProseLayout prose) {
        var cells = TableCells.of(math, table);
        var text = new MathText(writing.glyphs());
        var heads = new ArrayList<String>();
        for (int column = 0; column < table.columns().size(); column++) {
            heads.add(table.headers().isEmpty() ? prose.formula(table.columns().get(column).text())
                    : text.withNames(table.headers().get(column).text()));
        }
        var rows = new ArrayList<List<String>>();
        cells.rows().forEach(row -> rows.add(row.stream().map(text::value).toList()));
        List<String> sum = List.of();
        if (!cells.sums().isEmpty()) {
            var said = new ArrayList<String>();
            said.add(writing.text("table.sum"));
            cells.sums().forEach(value -> said.add(text.value(value)));
            sum = said;
        }
        var widths = new int[heads.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Width.columns(heads.get(column));
            for (var row : rows) {
                widths[column] = Math.max(widths[column], Width.columns(row.get(column)));
            }
            if (!sum.isEmpty()) {
                widths[column] = Math.max(widths[column], Width.columns(sum.get(column)));
            }
        }
        int total = TableCells.INDENT + TableCells.GAP * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        if (prose.flat() || total > prose.width()) {
            return sentences(heads, rows, sum, writing, prose);
        }
        var lines = new ArrayList<Line>();
        lines.add(row(heads, widths, Tone.STRONG));
        lines.add(rule(total, writing));
        rows.forEach(row -> lines.add(row(row, widths, Tone.NUMBER)));
        if (!sum.isEmpty()) {
            lines.add(rule(total, writing));
            lines.add(row(sum, widths, Tone.STRONG));
        }
        return lines;
    }

    /** Each row as a line of {@code heading = value} pairs, the sum row saying it is the sum. */
    private static List<Line> sentences(List<String> heads, List<List<String>> rows, List<String> sum,
            Writing writing, ProseLayout prose) {
        var lines = new ArrayList<Line>();
        for (var row : rows) {
            var pairs = new ArrayList<String>();
            for (int column = 0; column < row.size(); column++) {
                pairs.add(heads.get(column) + " = " + row.get(column));
            }
            lines.addAll(prose.labelled(writing.glyphs().bullet, Tone.MUTED,
                    List.of(new Segment(writing.text("table.row", String.join(writing.text("table.between"), pairs)), Tone.TEXT))));
        }
        if (!sum.isEmpty()) {
            var pairs = new ArrayList<String>();
            for (int column = 1; column < sum.size(); column++) {
                pairs.add(heads.get(column) + " = " + sum.get(column));
            }
            lines.addAll(prose.labelled(writing.glyphs().bullet, Tone.MUTED,
                    List.of(new Segment(writing.text("table.sumRow", String.join(writing.text("table.between"), pairs)), Tone.TEXT))));
        }
        return lines;
    }

    private static Line rule(int total, Writing writing) {
        return Line.of(String.valueOf(writing.glyphs().rule).repeat(total - TableCells.INDENT), Tone.MUTED)
                .indented(TableCells.INDENT);
    }

    private static Line row(List<String> cells, int[] widths, Tone tone) {
        var text = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            var cell = cells.get(column);
            if (column > 0) {
                text.append(" ".repeat(TableCells.GAP));
            }
            text.append(" ".repeat(widths[column] - Width.columns(cell))).append(cell);
        }
        return Line.of(text.toString(), tone).indented(TableCells.INDENT);
    }
}
