package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code plot} block of a step's prose into a {@link ProseBlock.Plot}, reporting its syntax problems at their
 * place: unknown or missing keys, a range not written {@code P_1 from -6 to 2}, a tangent without a point. Whether
 * its math computes is {@link PlotCheck}'s part.
 */
final class PlotReader {
    /** The fenced block's name as authors write it. */
    static final String NAME = "plot";
    private static final String WHERE = "a plot block";
    private static final FieldSchema FIELDS = new FieldSchema(WHERE, Set.of("curve", "over"),
            Set.of("at", "tangent", "y", "points"), Set.of());
    private static final Pattern OVER = Pattern.compile("(.+?)\\s+from\\s+(.+?)\\s+to\\s+(.+)");
    private static final Pattern SPAN = Pattern.compile("(.+?)\\s+to\\s+(.+)");

    private final Path file;
    private final Problems problems;

    private PlotReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The plot the block's {@code fields} describe, or empty when it is too broken to draw (its problems reported). */
    static Optional<ProseBlock> read(SourceText opening, List<Field> fields, Path file, Problems problems) {
        return new PlotReader(file, problems).read(opening, fields);
    }

    private Optional<ProseBlock> read(SourceText opening, List<Field> fields) {
        var values = FIELDS.check(fields, file, opening, problems);
        var curve = values.one("curve");
        var over = values.one("over").flatMap(text -> parts(text, OVER, "\"over:\" gives the parameter and its range,"
                + " such as \"P_1 from -6 to 2\""));
        var y = values.one("y").map(text -> parts(text, SPAN, "\"y:\" gives the vertical range, such as \"0 to 20\""));
        var at = values.one("at").flatMap(this::point);
        boolean tangent = values.one("tangent").map(text -> yesOrNo("tangent", text)).orElse(false);
        boolean points = values.one("points").map(text -> yesOrNo("points", text)).orElse(false);
        if (tangent && values.one("at").isEmpty()) {
            problems.add(file, values.one("tangent").orElseThrow(), "a tangent is drawn at a point: add \"at:\", such"
                    + " as \"at: P_1 = 1\"");
        }
        if (curve.isEmpty() || over.isEmpty() || y.filter(Optional::isEmpty).isPresent()) {
            return Optional.empty();
        }
        var range = over.get();
        var span = y.flatMap(parts -> parts);
        return Optional.of(new ProseBlock.Plot(opening, curve.get(), range.get(0), range.get(1), range.get(2), at,
                tangent, span.map(parts -> parts.get(0)), span.map(parts -> parts.get(1)), points));
    }

    /** The groups of {@code pattern} in {@code text}, each with its place; empty, with {@code problem}, if none. */
    private Optional<List<SourceText>> parts(SourceText text, Pattern pattern, String problem) {
        var matcher = pattern.matcher(text.text());
        if (!matcher.matches()) {
            problems.add(file, text, problem + ", but found \"" + FieldLines.shorten(text.text()) + "\"");
            return Optional.empty();
        }
        var groups = new java.util.ArrayList<SourceText>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            groups.add(text.slice(matcher.start(group), matcher.end(group)).strip());
        }
        return Optional.of(groups);
    }

    private Optional<Binding> point(SourceText text) {
        var bindings = ListSyntax.bindings(text, file, problems);
        if (bindings.size() > 1) {
            problems.add(file, text, "\"at:\" gives one point, such as \"P_1 = 1\"");
            return Optional.empty();
        }
        return bindings.stream().findFirst();
    }

    private boolean yesOrNo(String key, SourceText text) {
        if (!text.text().equals("yes") && !text.text().equals("no")) {
            problems.add(file, text, "\"" + key + ":\" is \"yes\" or \"no\", but found \""
                    + FieldLines.shorten(text.text()) + "\"");
        }
        return text.text().equals("yes");
    }
}
