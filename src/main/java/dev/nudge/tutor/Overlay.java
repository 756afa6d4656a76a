package dev.nudge.tutor;

/** A panel drawn over the page; {@code Esc} closes it. */
public enum Overlay {
    NONE,
    HELP,
    /** Asks before forgetting the progress of the lesson under the contents' cursor. */
    CONFIRM_RESET
}
