package dev.nudge.tui.view;

import dev.nudge.tutor.TutorState;

/**
 * The end of the course: congratulations, then the recap of what the learner did with their own numbers (their
 * first loss, guesses, update and score) and what to try in the lab, scrolled when it does not fit.
 */
final class CompleteView {
    private CompleteView() {
    }

    static void draw(Drawing d, TutorState state, int bottom, BodyLines body) {
        var canvas = d.canvas();
        canvas.centered(0, d.text("complete.title"), d.theme().title());
        var frame = BodyFrame.of(canvas.columns(), bottom);
        LessonView.drawBody(d, frame, body.lines(state, frame.width()), state.scroll().shown());
    }
}
