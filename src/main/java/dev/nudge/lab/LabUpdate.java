package dev.nudge.lab;

/**
 * The result of {@link Lab#update}: the next model, and whether the learner asked to leave the lab (the runtime then
 * goes back to where the lab was opened from).
 */
public record LabUpdate(LabModel model, boolean leaves) {
    static LabUpdate to(LabModel model) {
        return new LabUpdate(model, false);
    }
}
