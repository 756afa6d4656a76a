package dev.nudge.report;

import dev.nudge.text.Untrusted;
import java.util.List;

/**
 * Rows of text in columns as wide as their widest cell, two spaces apart, with no trailing spaces. Every cell is made
 * safe to show first ({@link Untrusted#forLine}): names and answers come from learners, and a control character in
 * one could repaint the teacher's terminal or break the table's lines.
 */
final class TextTable {
    private TextTable() {
    }

    static String of(List<List<String>> cells) {
        var rows = cells.stream().map(row -> row.stream().map(Untrusted::forLine).toList()).toList();
        int columns = rows.get(0).size();
        var widths = new int[columns];
        for (var row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        var text = new StringBuilder();
        for (var row : rows) {
            var line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                var cell = row.get(c);
                line.append(cell).append(" ".repeat(widths[c] - width(cell) + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
