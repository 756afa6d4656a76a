package dev.nudge.tutor;

import dev.nudge.step.StepSession;
import java.util.Optional;

/**
 * What the learner is doing on the page: answering at the step, how far its body is scrolled, the lesson highlighted
 * in the contents, and the lab when it is open.
 *
 * @param session what the learner is doing at the step
 * @param scroll how far the step's body is scrolled
 * @param contentsCursor the lesson highlighted in the contents
 * @param lab the lab on the lab page, when it is open
 */
public record Activity(StepSession session, Scroll scroll, int contentsCursor, Optional<LabVisit> lab) {
    public Activity {
        if (session == null || scroll == null || lab == null) {
            throw new IllegalArgumentException("every part of an activity must be given");
        }
    }

    /** Reading a step from its top, with {@code cursor} highlighted in the contents and no lab open. */
    static Activity reading(StepSession session, int cursor) {
        return new Activity(session, Scroll.TOP, cursor, Optional.empty());
    }

    Activity withSession(StepSession newSession) {
        return new Activity(newSession, scroll, contentsCursor, lab);
    }

    Activity withScroll(Scroll newScroll) {
        return new Activity(session, newScroll, contentsCursor, lab);
    }

    Activity withContentsCursor(int cursor) {
        return new Activity(session, scroll, cursor, lab);
    }

    Activity withLab(Optional<LabVisit> newLab) {
        return new Activity(session, scroll, contentsCursor, newLab);
    }
}
