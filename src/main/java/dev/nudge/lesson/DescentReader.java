package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code descent} block of a step's prose into a {@link ProseBlock.Descent}, reporting its syntax problems at
 * their place: unknown or missing keys, steps that are not whole numbers in increasing order or run past
 * {@link DescentRun#MAX_STEPS}, unknown or repeated columns. Whether its math computes is {@link DescentCheck}'s part.
 */
final class DescentReader {
    /** The fenced block's name as authors write it. */
    static final String NAME = "descent";
    private static final String WHERE = "a descent block";
    private static final FieldSchema FIELDS = new FieldSchema(WHERE, Set.of("rate", "show"),
            Set.of("loss", "points", "params", "columns"), Set.of());
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\d{1,9}");

    private final Path file;
    private final Problems problems;

    private DescentReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The table the block's {@code fields} describe, or empty when it is too broken to compute (problems reported). */
    static Optional<ProseBlock> read(SourceText opening, List<Field> fields, Path file, Problems problems) {
        return new DescentReader(file, problems).read(opening, fields);
    }

    private Optional<ProseBlock> read(SourceText opening, List<Field> fields) {
        var values = FIELDS.check(fields, file, opening, problems);
        var points = values.one("points").map(text -> ListSyntax.points(text, file, problems)).orElse(List.of());
        var start = values.one("params").map(text -> ListSyntax.bindings(text, file, problems)).orElse(List.of());
        var show = values.one("show").flatMap(this::steps);
        var columns = values.one("columns").map(this::columns).orElse(Optional.of(List.of(DescentColumn.values())));
        var rate = values.one("rate");
        if (rate.isEmpty() || show.isEmpty() || columns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProseBlock.Descent(opening, values.one("loss"), points, start, rate.get(), show.get(),
                columns.get()));
    }

    /** The steps listed: whole numbers from 0, each above the one before, none past the bound. */
    private Optional<List<SourceText>> steps(SourceText text) {
        var steps = new ArrayList<SourceText>();
        long before = -1;
        for (var part : ListSyntax.splitTopLevel(text, ',')) {
            if (!WHOLE.matcher(part.text()).matches()) {
                problems.add(file, part, "\"show:\" lists step numbers, whole numbers such as \"0, 1, 2, 5, 10\", but"
                        + " found \"" + FieldLines.shorten(part.text()) + "\"");
                return Optional.empty();
            }
            long step = Long.parseLong(part.text());
            if (step <= before) {
                problems.add(file, part, "\"show:\" lists the steps in increasing order, but " + step + " comes after "
                        + before);
                return Optional.empty();
            }
            if (step > DescentRun.MAX_STEPS) {
                problems.add(file, part, "a descent table runs at most " + DescentRun.MAX_STEPS + " steps, but \"show:\""
                        + " asks for step " + step);
                return Optional.empty();
            }
            before = step;
            steps.add(part);
        }
        return Optional.of(steps);
    }

    private Optional<List<DescentColumn>> columns(SourceText text) {
        var columns = new ArrayList<DescentColumn>();
        boolean ok = true;
        for (var part : ListSyntax.splitTopLevel(text, ',')) {
            var column = DescentColumn.of(part.text());
            if (column.isEmpty()) {
                problems.add(file, part, "unknown column \"" + FieldLines.shorten(part.text()) + "\""
                        + Suggest.didYouMean(part.text(), DescentColumn.words()) + "; the columns are "
                        + String.join(", ", DescentColumn.words()));
                ok = false;
            } else if (columns.contains(column.get())) {
                problems.add(file, part, "the column \"" + part.text() + "\" is given twice");
                ok = false;
            } else {
                columns.add(column.get());
            }
        }
        return ok ? Optional.of(columns) : Optional.empty();
    }
}
