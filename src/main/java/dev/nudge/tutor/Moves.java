package dev.nudge.tutor;

import dev.nudge.math.MathException;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.step.Notice;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.reading.Reading;
import java.util.Optional;

/** Moving through the course: to a step, to the next or previous one, and recording where the learner is. */
final class Moves {
    private Moves() {
    }

    static Update goTo(TutorState state, Place place) {
        var moved = state.at(place, session(state, place));
        return record(moved, new ProgressEvent.Visited(state.book().key(place)));
    }

    static Update next(TutorState state) {
        if (state.review().isPresent()) {
            return nextInReview(state, true);
        }
        return state.book().next(state.place())
                .map(place -> goTo(state, place))
                .orElseGet(() -> Update.to(state.withPage(Page.COMPLETE).withScroll(Scroll.TOP)));
    }

    static Update back(TutorState state) {
        if (state.review().isPresent()) {
            return nextInReview(state, false);
        }
        return state.book().previous(state.place())
                .map(place -> goTo(state, place))
                .orElseGet(() -> Update.to(state.withNotice(Notice.of("notice.firstStep"))));
    }

    /** Starts a review of the steps whose latest answer was wrong, or says there is none. */
    static Update review(TutorState state) {
        var mistakes = Review.mistakes(state);
        if (mistakes.isEmpty()) {
            return Update.to(state.withNotice(Notice.of("notice.noMistakes")));
        }
        return visit(state.withReview(Optional.of(new Review(mistakes, state.place()))), mistakes.get(0));
    }

    /** In a review: the next (or previous) mistake still to answer, or the end of the review. */
    private static Update nextInReview(TutorState state, boolean forward) {
        var review = state.review().orElseThrow();
        var left = review.without(state);
        if (left.isEmpty()) {
            var back = state.at(review.resumeAt(), session(state, review.resumeAt())).withReview(Optional.empty());
            return Update.to(back.withPage(Page.START).withNotice(Notice.of("notice.reviewDone")));
        }
        var place = forward ? left.get().after(state.place()) : left.get().before(state.place());
        return visit(state.withReview(left), place);
    }

    /** The step at {@code place} shown for the review, without moving the learner's place in the course. */
    private static Update visit(TutorState state, Place place) {
        return Update.to(state.at(place, session(state, place)));
    }

    /** The state with {@code event} applied to its progress, and the effect that keeps it. */
    static Update record(TutorState state, ProgressEvent event) {
        return Update.to(state.withProgress(state.progress().after(event)), new Effect.Record(event));
    }

    /** A fresh session for the step at {@code place}. */
    static StepSession session(TutorState state, Place place) {
        try {
            return state.book().step(state.language(), place).start(context(state, place));
        } catch (MathException e) {
            // A course that passed the checker computes; if not, the step is still shown to read.
            return new Reading();
        }
    }

    /** What the step at {@code place} may read of the tutor. */
    static StepContext context(TutorState state, Place place) {
        return new StepContext(state.book().key(place), state.book().math(state.language(), place.lesson()),
                state.progress(), state.learner().id());
    }
}
