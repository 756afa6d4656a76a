package dev.nudge.tutor;

/** A panel drawn over the page; {@code Esc} closes it. */
public enum Overlay {
    NONE,
    HELP
}
