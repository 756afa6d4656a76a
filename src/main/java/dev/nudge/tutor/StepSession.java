package dev.nudge.tutor;

/** What the learner is doing at the current step, beyond reading it: guessing, answering, or nothing. */
public sealed interface StepSession permits StepSession.Reading, GuessSession, QuizSession {

    /** A step with nothing to answer: prose, or a lab step's description. */
    record Reading() implements StepSession {
    }
}
