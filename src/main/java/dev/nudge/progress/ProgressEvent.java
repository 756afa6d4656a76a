package dev.nudge.progress;

/**
 * Something the learner did that is worth keeping: each is saved the moment it happens, so quitting or a dropped
 * connection loses nothing already answered.
 */
public sealed interface ProgressEvent {
    StepKey step();

    /** The learner arrived at a step: it becomes the place to continue from. */
    record Visited(StepKey step) implements ProgressEvent {
    }

    /** An answer to a quiz, as typed or chosen, and whether it was right. */
    record Answered(StepKey step, String answer, boolean correct) implements ProgressEvent {
    }

    /** A guess of which way each parameter should move, and whether every part of it was right. */
    record Guessed(StepKey step, String guess, boolean correct) implements ProgressEvent {
    }

    /** The learner took a hint; {@code level} is 1 (concept), 2 (strategy) or 3 (answer). */
    record HintTaken(StepKey step, int level) implements ProgressEvent {
    }

    /** After three misses the answer was shown. */
    record AnswerShown(StepKey step) implements ProgressEvent {
    }
}
