package dev.nudge.lesson;

import java.util.List;
import java.util.Optional;

/**
 * Proves that a lesson's program blocks describe one program that can be written: the lesson declares a network, the
 * learning rate computes and is above 0, and no two blocks give different values. The rate and the steps are figures
 * of the step, so every language's program computes the same. That the program compiles is checked by
 * {@code nudge lessons check}, which runs a C compiler.
 */
final class ProgramCheck {
    private ProgramCheck() {
    }

    static void block(MathCheck check, LessonMath math, ProseBlock.Program program, List<String> figures) {
        if (math.network().isEmpty()) {
            check.report(program.opening(), "a program block shows the lesson's network as a C program, but this lesson"
                    + " has none; declare it in the header, such as \"network: 1 -> 2 relu -> 1\"");
            return;
        }
        var rate = program.rate();
        check.attempt(rate, () -> math.evaluate(rate.text(), List.of())).ifPresent(value -> {
            figures.add(MathCheck.figure(value));
            if (value.signum() <= 0) {
                check.report(rate, "the learning rate of the program's updates is above 0, such as \"rate: 0.1\","
                        + " not " + value);
            }
        });
        program.steps().flatMap(steps -> ProgramReader.steps(steps.text())).ifPresent(steps -> figures.add("" + steps));
    }

    /** The check across the lesson's blocks: a lesson has one program, so they all give the same rate and steps. */
    static void lesson(MathCheck check, Lesson<?> lesson) {
        var blocks = LessonProgram.blocks(lesson);
        if (blocks.isEmpty()) {
            return;
        }
        var first = blocks.get(0);
        for (var block : blocks.subList(1, blocks.size())) {
            agree(check, block.opening(), first.opening().line(), "rate", Optional.of(block.rate()),
                    Optional.of(first.rate()));
            agree(check, block.opening(), first.opening().line(), "steps", block.steps(), first.steps());
        }
    }

    private static void agree(MathCheck check, SourceText opening, int firstLine, String key,
            Optional<SourceText> value, Optional<SourceText> first) {
        var written = value.map(SourceText::text).orElse("");
        var expected = first.map(SourceText::text).orElse("");
        if (!written.equals(expected)) {
            check.report(value.orElse(opening), (written.isEmpty() ? "no \"" + key + ":\"" : "\"" + key + ": "
                    + FieldLines.shorten(written) + "\"") + ", but the lesson's first program block (line "
                    + firstLine + ") has " + (expected.isEmpty() ? "none"
                    : "\"" + key + ": " + FieldLines.shorten(expected) + "\"")
                    + "; a lesson has one program, so every program block gives the same " + key + ":");
        }
    }
}
