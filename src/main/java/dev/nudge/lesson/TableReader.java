package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code table} block of a step's prose into a {@link ProseBlock.Table}, reporting its syntax problems at their
 * place: unknown or missing keys, rows written neither {@code points} nor {@code x = -2, -1, 0}, headings that do not
 * match the columns. Whether every cell computes, and whether the table fits a screen, is {@link TableCheck}'s part.
 */
final class TableReader {
    /** The fenced block's name as authors write it. */
    static final String NAME = "table";
    /** The rows' value that gives a row per data point of the lesson. */
    static final String POINTS = "points";
    private static final String WHERE = "a table block";
    private static final FieldSchema FIELDS = new FieldSchema(WHERE, Set.of("rows", "columns"),
            Set.of("headers", "sum"), Set.of());
    private static final Pattern VARIABLE_ROWS = Pattern.compile("([A-Za-z][A-Za-z0-9_{}]*)\\s*=\\s*(.+)");

    private TableReader() {
    }

    /** The table the block's {@code fields} describe, or empty when it is too broken to draw (its problems reported). */
    static Optional<ProseBlock> read(SourceText opening, List<Field> fields, Path file, Problems problems) {
        var values = FIELDS.check(fields, file, opening, problems);
        var columns = values.one("columns").map(text -> ListSyntax.splitTopLevel(text, '|'));
        var headers = values.one("headers").map(text -> ListSyntax.splitTopLevel(text, '|')).orElse(List.of());
        boolean ok = columns.isPresent();
        if (columns.isPresent() && columns.get().stream().anyMatch(column -> column.text().isEmpty())) {
            problems.add(file, values.one("columns").orElseThrow(), "a column is empty: write one expression between"
                    + " each two \"|\", such as \"x | w_1 x + b_1 | f(x, P)\"");
            ok = false;
        }
        if (columns.isPresent() && !headers.isEmpty() && headers.size() != columns.get().size()) {
            problems.add(file, values.one("headers").orElseThrow(), "\"headers:\" gives " + headers.size()
                    + " headings for " + columns.get().size() + " columns; give one per column, separated by \"|\"");
            ok = false;
        }
        boolean sum = values.one("sum").map(text -> yesOrNo(text, file, problems)).orElse(false);
        if (sum && columns.isPresent() && columns.get().size() < 2) {
            problems.add(file, values.one("sum").orElseThrow(), "the sum row adds up every column but the first,"
                    + " which says it is the sum: give at least two columns");
            ok = false;
        }
        var rows = values.one("rows");
        Optional<SourceText> variable = Optional.empty();
        List<SourceText> rowValues = List.of();
        if (rows.isPresent() && !rows.get().text().equals(POINTS)) {
            var matcher = VARIABLE_ROWS.matcher(rows.get().text());
            if (matcher.matches()) {
                variable = Optional.of(rows.get().slice(matcher.start(1), matcher.end(1)));
                rowValues = ListSyntax.splitTopLevel(rows.get().slice(matcher.start(2), matcher.end(2)), ',');
            } else {
                problems.add(file, rows.get(), "\"rows:\" is \"points\" (a row per data point, with its x and y) or a"
                        + " variable and its values, such as \"x = -2, -1, 0\", but found \""
                        + FieldLines.shorten(rows.get().text()) + "\"");
                ok = false;
            }
        }
        if (!ok || rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProseBlock.Table(opening, variable, rowValues, columns.get(), headers, sum));
    }

    private static boolean yesOrNo(SourceText text, Path file, Problems problems) {
        if (!text.text().equals("yes") && !text.text().equals("no")) {
            problems.add(file, text, "\"" + "sum:\" is \"yes\" or \"no\", but found \"" + FieldLines.shorten(text.text())
                    + "\"");
        }
        return text.text().equals("yes");
    }
}
