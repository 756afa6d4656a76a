package dev.nudge.step.reading;

import dev.nudge.lesson.StepBlock;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import java.util.Optional;

/** The kind of a step without a fenced block: prose to read. */
public final class ReadingKind implements Kind {
    /** How messages name the kind; no block is written with it. */
    static final String NAME = "prose";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        return Optional.of(new ProseStep(block.id(), block.title(), block.line(), block.prose()));
    }
}
