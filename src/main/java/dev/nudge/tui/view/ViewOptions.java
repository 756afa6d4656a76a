package dev.nudge.tui.view;

/**
 * How the learner asked to see the screens, chosen at start.
 *
 * @param ascii draw only ASCII characters
 * @param color use colours (off for {@code NO_COLOR} and {@code --no-color})
 */
public record ViewOptions(boolean ascii, boolean color) {
}
