package dev.nudge.tui.view;

import dev.nudge.tutor.BodyExtent;

/**
 * Where the step's body goes on the lesson page, for a window: below the title bar, at most
 * {@link LessonView#MAX_TEXT_WIDTH} wide and centred, above the footer. The lesson view draws in it and the tutor's
 * scrolling limits are measured in it, so both agree.
 *
 * @param top the first row of the body
 * @param height the rows the body has
 * @param left the body's first column
 * @param width the body's width
 */
record BodyFrame(int top, int height, int left, int width) {
    private static final int TOP = 2;

    static BodyFrame of(int columns, int bodyBottom) {
        int width = Math.min(LessonView.MAX_TEXT_WIDTH, columns - 2 * LessonView.MARGIN);
        return new BodyFrame(TOP, Math.max(1, bodyBottom - TOP), Math.max(LessonView.MARGIN, (columns - width) / 2),
                width);
    }

    /** Whether a body of {@code lines} lines overflows: its last row then says how much more there is. */
    boolean overflows(int lines) {
        return lines > height;
    }

    /** How many body lines show at once. */
    int visible(int lines) {
        return overflows(lines) ? height - 1 : height;
    }

    BodyExtent extent(int lines) {
        return new BodyExtent(Math.max(0, lines - visible(lines)), Math.max(1, visible(lines)));
    }
}
