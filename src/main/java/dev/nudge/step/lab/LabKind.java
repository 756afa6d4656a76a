package dev.nudge.step.lab;

import dev.nudge.lesson.FieldSchema;
import dev.nudge.lesson.StepBlock;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import java.util.Optional;
import java.util.Set;

/** The lab kind: a step that describes a lab (data, starting parameters, rate) and opens it. */
public final class LabKind implements Kind {
    static final String NAME = "lab";
    private static final FieldSchema FIELDS = new FieldSchema("a lab block",
            StepBlock.union(StepBlock.HINTS, Set.of("rate")), Set.of("points", "params"), Set.of());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        var values = block.check(FIELDS);
        var points = block.points(values);
        if (points.isEmpty()) {
            block.report("a lab block needs \"points:\" (or points in the header)");
        }
        return Optional.of(new LabStep(block.id(), block.title(), block.line(), block.prose(), points,
                block.parameters(values), block.rate(values), block.hints(values)));
    }
}
