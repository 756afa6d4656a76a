package dev.nudge.step.guess;

import dev.nudge.lesson.FieldSchema;
import dev.nudge.lesson.StepBlock;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import java.util.Optional;
import java.util.Set;

/** The guess kind: which way should each parameter move? Then the reveal of what the derivative says. */
public final class GuessKind implements Kind {
    static final String NAME = "guess";
    private static final FieldSchema FIELDS = new FieldSchema("a guess block",
            StepBlock.union(StepBlock.HINTS, Set.of("rate")), Set.of("points", "loss", "params", "nudge", "reveal"), Set.of());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        var values = block.check(FIELDS);
        var points = block.measuredOn(values, "a guess block");
        return Optional.of(new GuessStep(block.id(), block.title(), block.line(), block.prose(), values.one("loss"),
                points, block.parameters(values), block.rate(values), values.one("nudge"), RevealPlan.read(values.one("reveal"), block),
                block.hints(values)));
    }
}
