package dev.nudge.lesson;

import dev.nudge.export.ProgramPart;
import dev.nudge.export.ProgramSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code program} block of a step's prose into a {@link ProseBlock.Program}, reporting at their place an
 * unknown key, a missing rate, a part the program does not have and a number of steps that is not a whole number in
 * range. Whether the learning rate computes, and whether the lesson has a network to write, is {@link ProgramCheck}'s
 * part.
 */
final class ProgramReader {
    /** The fenced block's name as authors write it. */
    static final String NAME = "program";
    private static final FieldSchema FIELDS = new FieldSchema("a program block", Set.of("rate"),
            Set.of("part", "steps"), Set.of());

    private ProgramReader() {
    }

    /** The program block the {@code fields} describe, or empty when a field is unreadable (its problem reported). */
    static Optional<ProseBlock> read(SourceText opening, List<Field> fields, Path file, Problems problems) {
        var values = FIELDS.check(fields, file, opening, problems);
        var part = values.one("part");
        var steps = values.one("steps");
        boolean readable = values.one("rate").isPresent();
        if (part.isPresent() && ProgramPart.named(part.get().text()).isEmpty()) {
            problems.add(file, part.get(), "the program has no part \"" + FieldLines.shorten(part.get().text())
                    + "\"; write one of " + ProgramPart.words() + ", or leave \"part:\" out to show the whole program");
            readable = false;
        }
        if (steps.isPresent() && steps(steps.get().text()).isEmpty()) {
            problems.add(file, steps.get(), "\"steps:\" is how many updates the program makes in all, a whole number"
                    + " from 0 to " + ProgramSettings.MAX_STEPS + ", such as \"steps: 200\", but found \""
                    + FieldLines.shorten(steps.get().text()) + "\"");
            readable = false;
        }
        var lesson = file.getFileName().toString().replaceFirst("\\.md$", "");
        return readable ? Optional.of(new ProseBlock.Program(opening, lesson, part, values.one("rate").orElseThrow(),
                steps)) : Optional.empty();
    }

    /** The number of steps {@code written} gives, if it is a whole number in range. */
    static Optional<Integer> steps(String written) {
        if (!written.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        int steps = Integer.parseInt(written);
        return steps <= ProgramSettings.MAX_STEPS ? Optional.of(steps) : Optional.empty();
    }
}
