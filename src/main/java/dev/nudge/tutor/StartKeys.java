package dev.nudge.tutor;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.tutor.KeyAction.bind;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Keymap;
import dev.nudge.keys.Keys;

/**
 * The start page: Enter starts the course or continues where the learner stopped; s starts again from the
 * beginning (keeping every answer); m reviews the mistakes.
 */
final class StartKeys {
    private static final KeyBinding<KeyAction> MISTAKES = bind("help.mistakes", (state, key) -> Moves.review(state),
            character('m'));
    private static final Keymap<KeyAction> NEW = Keymap.of(
            bind("help.start", (state, key) -> begin(state), Keys.NEXT),
            MISTAKES);
    private static final Keymap<KeyAction> RETURNING = Keymap.of(
            bind("help.continue", (state, key) -> begin(state), Keys.NEXT),
            bind("help.startOver", (state, key) -> Moves.goTo(state, Place.FIRST), character('s')),
            MISTAKES);

    private StartKeys() {
    }

    /** The start page's keys: starting over only makes sense once the learner has started. */
    static Keymap<KeyAction> keymap(TutorState state) {
        return state.hasStarted() ? RETURNING : NEW;
    }

    private static Update begin(TutorState state) {
        return Moves.goTo(state, state.place());
    }
}
