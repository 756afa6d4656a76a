package dev.nudge.tutor;

/**
 * How the step's body is laid out for a window, as the view draws it: {@link Tutor#update} asks it for the scrolling
 * limits when the state changes what the body shows. The runtime gives the layout its display uses (the full screen's
 * lays out the same lines it draws; a display that never scrolls gives {@link #FITS}), so {@code update} stays pure
 * and free of any terminal library.
 */
@FunctionalInterface
public interface BodyLayout {
    /** A body shown whole, as line by line output shows it: nothing scrolls. */
    BodyLayout FITS = (state, window) -> BodyExtent.FITS;

    /** How {@code state}'s step body fits {@code window}. */
    BodyExtent extent(TutorState state, Window window);
}
