package dev.nudge.progress;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's progress through the course as a value: where to continue, and what was done at each step. The tutor
 * keeps it up to date purely; a {@link ProgressStore} keeps it between sessions.
 */
public record Progress(Map<StepKey, StepProgress> steps, Optional<StepKey> position) {
    public static final Progress NONE = new Progress(Map.of(), Optional.empty());

    public Progress {
        steps = Map.copyOf(steps);
    }

    public StepProgress of(StepKey step) {
        return steps.getOrDefault(step, StepProgress.NONE);
    }

    /** The progress without anything done in lesson {@code lessonId}, as after resetting that lesson. */
    public Progress withoutLesson(String lessonId) {
        var kept = new HashMap<StepKey, StepProgress>();
        steps.forEach((key, step) -> {
            if (!key.lessonId().equals(lessonId)) {
                kept.put(key, step);
            }
        });
        return new Progress(kept, position);
    }

    /** The progress after every one of {@code events}, in order: what a store keeps comes back this way. */
    public static Progress replay(Iterable<? extends ProgressEvent> events) {
        var progress = NONE;
        for (var event : events) {
            progress = progress.after(event);
        }
        return progress;
    }

    /** The progress after {@code event}. */
    public Progress after(ProgressEvent event) {
        var updated = new HashMap<>(steps);
        updated.put(event.step(), of(event.step()).after(event));
        var newPosition = event instanceof ProgressEvent.Visited ? Optional.of(event.step()) : position;
        return new Progress(updated, newPosition);
    }
}
