package dev.nudge.tutor;

/**
 * How far the current step's body is scrolled. {@link Tutor#update} lays the body out for the window whenever what it
 * shows changes and keeps the largest offset here, so the arrow keys never scroll past the end.
 *
 * @param offset the first body line shown
 * @param max the largest useful offset, for the window
 * @param page how many body lines fit on the screen, for the window
 * @param followEnd show the end of the body (after something new was added to it at the bottom)
 */
public record Scroll(int offset, int max, int page, boolean followEnd) {
    /** The top of a step, before anything was measured. */
    public static final Scroll TOP = new Scroll(0, 0, 1, false);

    public Scroll {
        if (offset < 0 || max < 0 || page < 1) {
            throw new IllegalArgumentException("scroll offsets are never negative and a page has a line");
        }
    }

    Scroll by(int lines) {
        int from = followEnd ? max : offset;
        return new Scroll(Math.max(0, Math.min(max, from + lines)), max, page, false);
    }

    Scroll byPages(int pages) {
        return by(pages * Math.max(1, page - 1));
    }

    Scroll toTop() {
        return new Scroll(0, max, page, false);
    }

    Scroll toEnd() {
        return new Scroll(offset, max, page, true);
    }

    Scroll measured(BodyExtent extent) {
        int newMax = extent.maxScroll();
        return new Scroll(followEnd ? newMax : Math.min(offset, newMax), newMax, extent.page(), followEnd);
    }

    /** The offset to draw with. */
    public int shown() {
        return followEnd ? max : Math.min(offset, max);
    }
}
