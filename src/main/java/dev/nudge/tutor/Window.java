package dev.nudge.tutor;

/**
 * The size of the learner's window in terminal cells, as the runtime last reported it, so that {@link Tutor#update}
 * can bound the scrolling itself.
 */
public record Window(int columns, int rows) {
    /** The size assumed before the runtime says (a classic terminal). */
    public static final Window CLASSIC = new Window(80, 24);

    public Window {
        if (columns < 0 || rows < 0) {
            throw new IllegalArgumentException("a window is never smaller than nothing");
        }
    }
}
