package dev.nudge.step.guess;

/** The stages of a guess step: the learner chooses, then one keypress reveals each stage in turn. */
public enum RevealStage {
    CHOOSING, LOSS, EXPANSION, DERIVATIVES, NUDGE, UPDATE, CHANGE, VERDICT;

    RevealStage next() {
        return this == VERDICT ? VERDICT : values()[ordinal() + 1];
    }

    RevealStage previous() {
        return this == CHOOSING ? CHOOSING : values()[ordinal() - 1];
    }

    /** Whether this stage and everything before it is on screen at {@code current}. */
    public boolean shownAt(RevealStage current) {
        return current.ordinal() >= ordinal();
    }
}
