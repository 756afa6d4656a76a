package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keys;
import java.util.Optional;

/**
 * The start page: Enter starts the course or continues where the learner stopped; s starts again from the
 * beginning (keeping every answer); m reviews the mistakes.
 */
final class StartKeys {
    private StartKeys() {
    }

    static Optional<Update> onKey(TutorState state, Key key) {
        if (Keys.isNext(key)) {
            return Optional.of(Moves.goTo(state, state.place()));
        }
        if (key.is('s') && state.hasStarted()) {
            return Optional.of(Moves.goTo(state, Place.FIRST));
        }
        if (key.is('m')) {
            return Optional.of(Moves.review(state));
        }
        return Optional.empty();
    }
}
