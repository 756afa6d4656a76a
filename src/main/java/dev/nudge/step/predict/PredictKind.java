package dev.nudge.step.predict;

import dev.nudge.lesson.FieldSchema;
import dev.nudge.lesson.StepBlock;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import java.util.Optional;
import java.util.Set;

/** The predict kind: the learner predicts the loss after an update shown with its numbers. */
public final class PredictKind implements Kind {
    static final String NAME = "predict";
    private static final FieldSchema FIELDS = new FieldSchema("a predict block",
            StepBlock.union(StepBlock.HINTS, Set.of("update", "rate")), Set.of("points", "loss", "params", "tolerance"),
            Set.of());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        var values = block.check(FIELDS);
        var points = block.measuredOn(values, "a predict block");
        var update = values.one("update").map(names -> StepBlock.split(names, ',')).orElse(java.util.List.of());
        update.stream().filter(name -> name.text().isEmpty()).findFirst()
                .ifPresent(empty -> block.report(empty, "\"update:\" names the parameters to move, such as P_1"));
        return Optional.of(new PredictStep(block.id(), block.title(), block.line(), block.prose(), values.one("loss"),
                points, block.parameters(values), update, block.rate(values), values.one("tolerance"),
                block.hints(values)));
    }
}
