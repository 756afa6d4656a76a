package dev.nudge.tutor;

import java.util.Optional;

/** The start page: Enter starts the course, or continues where the learner stopped. */
final class StartKeys {
    private StartKeys() {
    }

    static Optional<Update> onKey(TutorState state, Key key) {
        if (Keys.isNext(key)) {
            return Optional.of(Moves.goTo(state, state.place()));
        }
        return Optional.empty();
    }
}
