package dev.nudge.step.nudges;

import dev.nudge.lesson.FieldSchema;
import dev.nudge.lesson.StepBlock;
import dev.nudge.step.Kind;
import dev.nudge.step.TaughtStep;
import java.util.Optional;
import java.util.Set;

/**
 * The nudges kind: a table of ever smaller nudges to one parameter, the loss after each, the change and the change
 * divided by the nudge, closing in on the slope; the learner adds rows of their own.
 */
public final class NudgesKind implements Kind {
    static final String NAME = "nudges";
    private static final String WHAT = "a nudges block";
    private static final FieldSchema FIELDS = new FieldSchema(WHAT,
            StepBlock.union(StepBlock.HINTS, Set.of("at", "nudges")), Set.of("points", "loss"), Set.of());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<TaughtStep> read(StepBlock block) {
        var values = block.check(FIELDS);
        var points = block.measuredOn(values, WHAT);
        var at = values.one("at").map(block::bindings).orElse(java.util.List.of());
        if (values.has("at") && at.size() != 1) {
            block.report(values.one("at").orElseThrow(), "\"at:\" names one parameter and its value, such as P_1 = 1");
        }
        var nudges = values.one("nudges").map(list -> StepBlock.split(list, ',')).orElse(java.util.List.of());
        return Optional.of(new NudgesStep(block.id(), block.title(), block.line(), block.prose(), values.one("loss"),
                points, at.size() == 1 ? Optional.of(at.get(0)) : Optional.empty(), nudges, block.hints(values)));
    }
}
