package dev.nudge.progress;

/** A step of the course by its stable ids, which are the same in every language. */
public record StepKey(String lessonId, String stepId) {
    public StepKey {
        if (lessonId == null || lessonId.isBlank() || stepId == null || stepId.isBlank()) {
            throw new IllegalArgumentException("a step key needs a lesson id and a step id");
        }
    }
}
