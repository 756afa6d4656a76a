package dev.nudge.step.predict;

import dev.nudge.lesson.Binding;
import dev.nudge.lesson.Hints;
import dev.nudge.lesson.Point;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepFigures;
import dev.nudge.lesson.TermUse;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.TaughtStep;
import java.util.List;
import java.util.Optional;

/**
 * The learner is shown the update about to be made, with its numbers, and types the loss they expect after it; the
 * tutor computes that loss, says whether they were right and why, and shows the change.
 *
 * @param loss the loss as written, or empty for the mean squared error over {@code points}
 * @param points the data the loss is measured on
 * @param parameters starting values for this step, over the lesson's
 * @param update the parameters the update moves
 * @param rate the learning rate of the update
 * @param tolerance how far a prediction may be off and still be right, if not exactly
 * @param hints the hint ladder
 */
public record PredictStep(String id, String title, int line, List<ProseBlock> prose, Optional<SourceText> loss,
        List<Point> points, List<Binding> parameters, List<SourceText> update, SourceText rate,
        Optional<SourceText> tolerance, Hints hints) implements TaughtStep {
    public PredictStep {
        prose = List.copyOf(prose);
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
        update = List.copyOf(update);
    }

    @Override
    public String kind() {
        return PredictKind.NAME;
    }

    @Override
    public List<TermUse> uses() {
        return TermUse.ofUpdate(rate.line());
    }

    @Override
    public boolean scored() {
        return true;
    }

    @Override
    public void check(StepFigures figures) {
        figures.texts(hints);
        figures.positive(rate, "the learning rate");
        tolerance.ifPresent(figures::atLeastZero);
        if (!figures.bindings(parameters) || figures.points(points).isEmpty() || update.isEmpty()) {
            return;
        }
        figures.attempt(update.get(0), () -> PredictMath.of(figures.math(), this)).ifPresent(math -> {
            figures.add(math.lossBefore());
            math.moves().forEach(move -> {
                figures.add(move.slope());
                figures.add(move.after());
            });
            figures.add(math.lossAfter());
        });
    }

    @Override
    public StepSession start(StepContext context) {
        return PredictSession.start(this, PredictMath.of(context.math(), this),
                context.progress().of(context.key()).solved());
    }
}
