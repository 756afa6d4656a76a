package dev.nudge.step;

import dev.nudge.lab.LabSetup;
import dev.nudge.lesson.LessonMath;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tutor's state as a kind of step sees it while it handles a key, and what the kind asks for in return: a new
 * session, a notice, the body scrolled to its end, progress to record, a move to the next step, work spent checking
 * answers, a lab to open. Kinds sit below the tutor, so they build this value and the tutor applies it.
 *
 * @param context what the kind may read: the step's ids, the lesson's math, the learner's progress
 * @param session the session at the step
 * @param notice the one-line message to show, if any
 * @param atEnd whether the body scrolls to its end, where something new was added
 * @param events progress to record, in order
 * @param next whether the learner moves on to the next step
 * @param checking the work spent checking typed answers in this session, against its budget
 * @param lab the lab to open, if any
 */
public record StepUpdate(StepContext context, StepSession session, Optional<Notice> notice, boolean atEnd,
        List<ProgressEvent> events, boolean next, CheckingBudget checking, Optional<LabSetup> lab) {
    public StepUpdate {
        events = List.copyOf(events);
    }

    /** The state a key arrives in: nothing asked for yet. */
    public static StepUpdate of(StepContext context, StepSession session, Optional<Notice> notice,
            CheckingBudget checking) {
        return new StepUpdate(context, session, notice, false, List.of(), false, checking, Optional.empty());
    }

    /** The step's ids, for progress records. */
    public StepKey key() {
        return context.key();
    }

    public LessonMath math() {
        return context.math();
    }

    /** A new session; as on every change of session, the notice goes. */
    public StepUpdate withSession(StepSession newSession) {
        return new StepUpdate(context, newSession, Optional.empty(), atEnd, events, next, checking, lab);
    }

    public StepUpdate withNotice(Notice newNotice) {
        return new StepUpdate(context, session, Optional.of(newNotice), atEnd, events, next, checking, lab);
    }

    public StepUpdate withoutNotice() {
        return new StepUpdate(context, session, Optional.empty(), atEnd, events, next, checking, lab);
    }

    /** The body scrolled to its end, to show what was just added there. */
    public StepUpdate toEnd() {
        return new StepUpdate(context, session, notice, true, events, next, checking, lab);
    }

    /** {@code event} kept in the learner's progress, after the events asked for so far. */
    public StepUpdate record(ProgressEvent event) {
        var more = new ArrayList<>(events);
        more.add(event);
        return new StepUpdate(context, session, notice, atEnd, more, next, checking, lab);
    }

    /** On to the next step of the course. */
    public StepUpdate toNextStep() {
        return new StepUpdate(context, session, notice, atEnd, events, true, checking, lab);
    }

    public StepUpdate withChecking(CheckingBudget newChecking) {
        return new StepUpdate(context, session, notice, atEnd, events, next, newChecking, lab);
    }

    /** The lab opened with {@code setup}. */
    public StepUpdate openLab(LabSetup setup) {
        return new StepUpdate(context, session, notice, atEnd, events, next, checking, Optional.of(setup));
    }
}
