package dev.nudge.step.reading;

import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.StepFigures;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.TaughtStep;
import java.util.List;

/** A step to read: prose and equations, nothing to answer. */
public record ProseStep(String id, String title, int line, List<ProseBlock> prose) implements TaughtStep {
    public ProseStep {
        prose = List.copyOf(prose);
    }

    @Override
    public String kind() {
        return ReadingKind.NAME;
    }

    @Override
    public boolean scored() {
        return false;
    }

    @Override
    public void check(StepFigures figures) {
        // Only prose, which the checker has checked already.
    }

    @Override
    public StepSession start(StepContext context) {
        return new Reading();
    }
}
