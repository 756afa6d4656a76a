package dev.nudge.step.registry;

import dev.nudge.lesson.CourseLoader;
import dev.nudge.lesson.LoadResult;
import dev.nudge.lesson.StepBlock;
import dev.nudge.lesson.StepReader;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import dev.nudge.step.derive.DeriveKind;
import dev.nudge.step.guess.GuessKind;
import dev.nudge.step.lab.LabKind;
import dev.nudge.step.nudges.NudgesKind;
import dev.nudge.step.predict.PredictKind;
import dev.nudge.step.quiz.QuizKind;
import dev.nudge.step.reading.ReadingKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The registry of the kinds of step: the one list a new kind is added to, and the course loaded with them. It sits
 * above the kinds, which sit above what they share in {@code dev.nudge.step}, so no package depends on one above it.
 */
public final class Kinds implements StepReader<TaughtStep> {
    /** Every kind with a fenced block, in the order the lesson format lists them. */
    private static final List<Kind> WITH_BLOCKS = List.of(
            new GuessKind(),
            new QuizKind(),
            new LabKind(),
            new PredictKind(),
            new DeriveKind(),
            new NudgesKind());
    /** The kind of a step without a block. */
    private static final Kind READING = new ReadingKind();
    private static final Kinds ALL = new Kinds();

    private Kinds() {
    }

    /** Loads the course in {@code folder} and checks everything {@code nudge lessons check} checks. */
    public static LoadResult<TaughtStep> load(Path folder) {
        return CourseLoader.load(folder, ALL);
    }

    /** Loads the course in {@code folder} to teach it (see {@link CourseLoader#loadToTeach}). */
    public static LoadResult<TaughtStep> loadToTeach(Path folder) {
        return CourseLoader.loadToTeach(folder, ALL);
    }

    /** The names of the kinds with a fenced block, as authors write them. */
    public static List<String> names() {
        return WITH_BLOCKS.stream().map(Kind::name).toList();
    }

    @Override
    public List<String> blockNames() {
        return names();
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        var kind = block.kind().flatMap(name -> WITH_BLOCKS.stream().filter(k -> k.name().equals(name)).findFirst());
        return kind.orElse(READING).read(block);
    }
}
