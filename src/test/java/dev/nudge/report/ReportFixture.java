package dev.nudge.report;

import dev.nudge.lesson.Course;
import dev.nudge.progress.LearnerHistory;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.step.TaughtStep;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Two learners on the real course: one who finished the first lesson, one stuck at its quiz. */
public final class ReportFixture {
    /** A name a CSV or JSON writer must quote with care. */
    public static final String ADA = "Ada \"A\", L.";
    public static final String ALAN = "alan";
    public static final StepKey WHAT_IS_ADJUSTED = new StepKey("function", "what-is-adjusted");
    public static final StepKey FIRST_OUTPUT = new StepKey("loss", "first-output");
    public static final StepKey GUESS = new StepKey("derivative", "from-minus-three");

    private ReportFixture() {
    }

    public static Course<TaughtStep> course() {
        return Kinds.load(Path.of("lessons")).course().orElseThrow();
    }

    /** Ada's events, in order. */
    public static List<ProgressEvent> ada() {
        var events = new ArrayList<ProgressEvent>();
        for (var step : List.of("not-neurons", "adjustable-function", "straight-line", "what-is-adjusted")) {
            events.add(new ProgressEvent.Visited(new StepKey("function", step)));
        }
        events.add(new ProgressEvent.Answered(WHAT_IS_ADJUSTED, "2", true));
        events.add(new ProgressEvent.Visited(GUESS));
        events.add(new ProgressEvent.Guessed(GUESS, "P_0 up, P_1 up", true));
        events.add(new ProgressEvent.Visited(new StepKey("loss", "examples")));
        events.add(new ProgressEvent.Visited(FIRST_OUTPUT));
        events.add(new ProgressEvent.HintTaken(FIRST_OUTPUT, 1));
        events.add(new ProgressEvent.Answered(FIRST_OUTPUT, "-2", false));
        return events;
    }

    /** Alan's events, in order. */
    public static List<ProgressEvent> alan() {
        return List.of(new ProgressEvent.Visited(new StepKey("function", "not-neurons")),
                new ProgressEvent.Visited(WHAT_IS_ADJUSTED),
                new ProgressEvent.HintTaken(WHAT_IS_ADJUSTED, 1),
                new ProgressEvent.HintTaken(WHAT_IS_ADJUSTED, 2),
                new ProgressEvent.Answered(WHAT_IS_ADJUSTED, "1", false),
                new ProgressEvent.Answered(WHAT_IS_ADJUSTED, "2", true),
                new ProgressEvent.Guessed(GUESS, "P_0 down", false));
    }

    public static List<LearnerHistory> histories() {
        return List.of(new LearnerHistory(ALAN, alan(), Instant.parse("2025-03-02T10:00:00Z")),
                new LearnerHistory(ADA, ada(), Instant.parse("2025-03-01T09:30:00Z")));
    }
}
