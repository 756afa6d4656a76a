package dev.nudge.tutor;

import java.util.Optional;

/**
 * Where the learner is: the page on screen and any panel over it, the step they are at, the page the contents go back
 * to, and the review of mistakes they are going through, if any.
 *
 * @param page the page on screen
 * @param overlay the panel over the page, if any
 * @param place the current lesson and step
 * @param returnTo the page the contents go back to
 * @param review the review of mistakes under way, if any
 */
public record Position(Page page, Overlay overlay, Place place, Page returnTo, Optional<Review> review) {
    public Position {
        if (page == null || overlay == null || place == null || returnTo == null || review == null) {
            throw new IllegalArgumentException("every part of a position must be given");
        }
    }

    Position withPage(Page newPage) {
        return new Position(newPage, overlay, place, returnTo, review);
    }

    Position withOverlay(Overlay newOverlay) {
        return new Position(page, newOverlay, place, returnTo, review);
    }

    Position withReview(Optional<Review> newReview) {
        return new Position(page, overlay, place, returnTo, newReview);
    }

    /** The contents page, remembering the page to go back to. */
    Position toContents() {
        return new Position(Page.CONTENTS, overlay, place, page, review);
    }

    /** The lesson page at {@code newPlace}, with no panel open. */
    Position at(Place newPlace) {
        return new Position(Page.LESSON, Overlay.NONE, newPlace, returnTo, review);
    }
}
