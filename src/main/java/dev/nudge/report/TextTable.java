package dev.nudge.report;

import java.util.List;

/** Rows of text in columns as wide as their widest cell, two spaces apart, with no trailing spaces. */
final class TextTable {
    private TextTable() {
    }

    static String of(List<List<String>> rows) {
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
