package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code network} block of a step's prose into a {@link ProseBlock.NetworkDiagram}. Its only key says whether
 * the weights' values are drawn; that the lesson has a network to draw is {@link ProseFigures}' part.
 */
final class NetworkReader {
    /** The fenced block's name as authors write it. */
    static final String NAME = "network";
    private static final FieldSchema FIELDS = new FieldSchema("a network block", Set.of(), Set.of("values"),
            Set.of());

    private NetworkReader() {
    }

    static Optional<ProseBlock> read(SourceText opening, List<Field> fields, Path file, Problems problems) {
        var values = FIELDS.check(fields, file, opening, problems);
        var shown = values.one("values");
        if (shown.isPresent() && !shown.get().text().equals("yes") && !shown.get().text().equals("no")) {
            problems.add(file, shown.get(), "\"values:\" is \"yes\" (draw each weight's value, the default) or \"no\","
                    + " but found \"" + FieldLines.shorten(shown.get().text()) + "\"");
        }
        return Optional.of(new ProseBlock.NetworkDiagram(opening, shown.map(v -> !v.text().equals("no")).orElse(true)));
    }
}
