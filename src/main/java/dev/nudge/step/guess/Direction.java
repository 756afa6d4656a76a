package dev.nudge.step.guess;

/** Which way the learner thinks a parameter should move to lower the loss. */
public enum Direction {
    UNSET, DOWN, NONE, UP;

    /** The choice to the right on the row {@code down, none, up}; from no choice, {@code up}. */
    Direction right() {
        return this == DOWN ? NONE : UP;
    }

    /** The choice to the left on the row {@code down, none, up}; from no choice, {@code down}. */
    Direction left() {
        return this == UP ? NONE : DOWN;
    }

    /** The direction a slope says: against its sign, or none when it is zero. */
    static Direction against(int slopeSign) {
        return slopeSign > 0 ? DOWN : slopeSign < 0 ? UP : NONE;
    }
}
