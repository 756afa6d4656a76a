package dev.nudge.tutor;

/**
 * How the step's body fits a window: the largest useful scroll offset and how many body lines one screen shows.
 *
 * @param maxScroll the largest useful scroll offset
 * @param page how many body lines fit on the screen, at least one
 */
public record BodyExtent(int maxScroll, int page) {
    /** A body that fits: nothing scrolls. */
    public static final BodyExtent FITS = new BodyExtent(0, 1);

    public BodyExtent {
        if (maxScroll < 0 || page < 1) {
            throw new IllegalArgumentException("a body scrolls by zero lines or more and a page has a line");
        }
    }
}
