package dev.nudge.step.nudges;

import dev.nudge.lesson.Binding;
import dev.nudge.lesson.Hints;
import dev.nudge.lesson.Point;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepFigures;
import dev.nudge.math.MathException;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.TaughtStep;
import java.util.List;
import java.util.Optional;

/**
 * The shrinking nudges: the loss after each nudge of one parameter, the change, and the change divided by the nudge,
 * which closes in on the derivative as the nudge shrinks. The learner can add a nudge of their own to the table.
 *
 * @param loss the loss as written, or empty for the mean squared error over {@code points}
 * @param points the data the loss is measured on
 * @param at the parameter nudged and the value it is nudged from
 * @param nudges the nudges the table starts with, as written
 * @param hints the hint ladder
 */
public record NudgesStep(String id, String title, int line, List<ProseBlock> prose, Optional<SourceText> loss,
        List<Point> points, Optional<Binding> at, List<SourceText> nudges, Hints hints) implements TaughtStep {
    public NudgesStep {
        prose = List.copyOf(prose);
        points = List.copyOf(points);
        nudges = List.copyOf(nudges);
    }

    @Override
    public String kind() {
        return NudgesKind.NAME;
    }

    @Override
    public boolean scored() {
        return false;
    }

    /** The table's figures: the value nudged from, the loss there, the slope and every row's numbers. */
    @Override
    public void check(StepFigures figures) {
        figures.texts(hints);
        if (at.isEmpty() || !figures.bindings(at.stream().toList()) || figures.points(points).isEmpty()) {
            return;
        }
        boolean computes = figures.attempt(at.get().name(), () -> figures.math().parameter(at.get().name()))
                .isPresent();
        for (var nudge : nudges) {
            computes &= figures.attempt(nudge, () -> NudgesTable.nudge(figures.math(), nudge)).isPresent();
        }
        if (!computes) {
            return;
        }
        figures.attempt(at.get().name(), () -> NudgesTable.of(figures.math(), this)).ifPresent(table -> {
            figures.add(table.lossAt());
            figures.add(table.slope());
            table.rows().forEach(row -> {
                figures.add(row.lossAfter());
                figures.add(row.ratio());
            });
        });
    }

    @Override
    public StepSession start(StepContext context) {
        if (at.isEmpty()) {
            throw new MathException("the nudges block names no parameter to nudge");
        }
        return NudgesSession.start(this, NudgesTable.of(context.math(), this));
    }
}
