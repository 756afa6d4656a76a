package dev.nudge.tutor;

import dev.nudge.lab.LabModel;

/**
 * The lab while the learner is in it: its model, and whether leaving it ends the session ({@code nudge lab}, which
 * has no course to go back to) or returns to the lab step it was opened from.
 *
 * @param model the lab's state
 * @param endsSession whether leaving the lab ends the session
 */
public record LabVisit(LabModel model, boolean endsSession) {
    public LabVisit {
        if (model == null) {
            throw new IllegalArgumentException("a lab visit needs the lab");
        }
    }

    LabVisit with(LabModel newModel) {
        return new LabVisit(newModel, endsSession);
    }
}
