package dev.nudge.tutor;

import java.util.ArrayList;
import java.util.List;

/**
 * A review of mistakes: the steps whose latest answer was wrong, in course order. Each stays in the review until it
 * is answered rightly; the review ends when none is left. A review leaves the learner's place in the course alone:
 * it records no visit, and when it ends the learner is back where they were.
 *
 * @param remaining the steps still to answer again
 * @param resumeAt where the learner was in the course when the review began
 */
public record Review(List<Place> remaining, Place resumeAt) {
    public Review {
        remaining = List.copyOf(remaining);
        if (remaining.isEmpty() || resumeAt == null) {
            throw new IllegalArgumentException("a review needs at least one step and a place to come back to");
        }
    }

    /** The steps of the course the learner should answer again. */
    static List<Place> mistakes(TutorState state) {
        var book = state.book();
        var places = new ArrayList<Place>();
        for (int l = 0; l < book.lessonCount(); l++) {
            for (int s = 0; s < book.stepCount(l); s++) {
                var place = new Place(l, s);
                if (state.progress().of(book.key(place)).needsReview()) {
                    places.add(place);
                }
            }
        }
        return places;
    }

    /** The review without the steps now answered rightly; empty when nothing is left. */
    java.util.Optional<Review> without(TutorState state) {
        var left = remaining.stream().filter(p -> state.progress().of(state.book().key(p)).needsReview()).toList();
        return left.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Review(left, resumeAt));
    }

    /** The step to review after {@code place}, going round to the first. */
    Place after(Place place) {
        return remaining.stream().filter(p -> compare(p, place) > 0).findFirst().orElse(remaining.get(0));
    }

    /** The step to review before {@code place}, going round to the last. */
    Place before(Place place) {
        var earlier = remaining.stream().filter(p -> compare(p, place) < 0).toList();
        return earlier.isEmpty() ? remaining.get(remaining.size() - 1) : earlier.get(earlier.size() - 1);
    }

    private static int compare(Place a, Place b) {
        return a.lesson() != b.lesson() ? Integer.compare(a.lesson(), b.lesson()) : Integer.compare(a.step(), b.step());
    }
}
