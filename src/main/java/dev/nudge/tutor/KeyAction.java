package dev.nudge.tutor;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import java.util.List;

/**
 * What a key does in the tutor: the update it makes of the state. It gets the key too, for the bindings that take
 * many keys (a typed character, a digit that picks a choice).
 */
@FunctionalInterface
public interface KeyAction {
    Update apply(TutorState state, Key key);

    /** A binding of {@code keys} to {@code action}, explained in the help by the message {@code label}. */
    static KeyBinding<KeyAction> bind(String label, KeyAction action, KeyPattern... keys) {
        return KeyBinding.of(label, action, keys);
    }

    static KeyBinding<KeyAction> bind(String label, KeyAction action, List<KeyPattern> keys) {
        return KeyBinding.of(label, action, keys);
    }
}
