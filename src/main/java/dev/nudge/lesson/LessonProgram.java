package dev.nudge.lesson;

import dev.nudge.export.CProgram;
import dev.nudge.export.NetworkProgram;
import dev.nudge.export.ProgramSettings;
import dev.nudge.export.Sample;
import dev.nudge.math.MathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The C program of a lesson: its network, from its starting parameters, on its data, with the learning rate and steps
 * its {@code program} blocks give. A lesson has a program when it declares a network and has a program block; the
 * blocks show it, {@code nudge export} saves it, and the checker compiles it.
 */
public final class LessonProgram {
    private LessonProgram() {
    }

    /** The program blocks of the lesson, in order. */
    public static List<ProseBlock.Program> blocks(Lesson<?> lesson) {
        var blocks = new ArrayList<ProseBlock.Program>();
        for (var step : lesson.steps()) {
            for (var block : step.prose()) {
                // Picking one kind of block out, not handling each: the visitor's exhaustiveness is not wanted here.
                if (block instanceof ProseBlock.Program program) {
                    blocks.add(program);
                }
            }
        }
        return blocks;
    }

    /** Whether the lesson has a program to save: a network and a program block. */
    public static boolean has(Lesson<?> lesson) {
        return lesson.model().network().isPresent() && !blocks(lesson).isEmpty();
    }

    /** The lesson's program, as its first program block fixes it; empty for a lesson without one. */
    public static Optional<CProgram> of(Lesson<?> lesson) {
        if (!has(lesson)) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(LessonMath.of(lesson), blocks(lesson).get(0)));
        } catch (MathException | IllegalArgumentException broken) {
            return Optional.empty();
        }
    }

    /**
     * The program {@code block} fixes, on the network of {@code math}. Throws {@link MathException} when the lesson
     * has no network or the rate does not compute, and {@link IllegalArgumentException} when it is not above 0.
     */
    public static CProgram of(LessonMath math, ProseBlock.Program block) {
        var network = math.network().orElseThrow(() -> new MathException("the lesson declares no network"));
        var data = math.points().stream().map(point -> new Sample(point.x(), point.y())).toList();
        return NetworkProgram.of(block.lesson(), network, math.parameters(), data, settings(math, block));
    }

    static ProgramSettings settings(LessonMath math, ProseBlock.Program block) {
        int steps = block.steps().flatMap(written -> ProgramReader.steps(written.text())).orElse(0);
        return new ProgramSettings(math.evaluate(block.rate().text(), List.of()), steps);
    }
}
