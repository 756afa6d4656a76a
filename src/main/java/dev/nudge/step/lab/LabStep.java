package dev.nudge.step.lab;

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

/** Opens the lab with this model, data and starting parameters. */
public record LabStep(String id, String title, int line, List<ProseBlock> prose, List<Point> points,
        List<Binding> parameters, SourceText rate, Hints hints) implements TaughtStep {
    public LabStep {
        prose = List.copyOf(prose);
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
    }

    @Override
    public String kind() {
        return LabKind.NAME;
    }

    @Override
    public List<TermUse> uses() {
        return TermUse.ofUpdate(rate.line());
    }

    @Override
    public boolean scored() {
        return false;
    }

    @Override
    public void check(StepFigures figures) {
        figures.texts(hints);
        figures.positive(rate, "the learning rate");
        figures.bindings(parameters);
        figures.points(points);
    }

    @Override
    public StepSession start(StepContext context) {
        return new LabSession(this);
    }
}
