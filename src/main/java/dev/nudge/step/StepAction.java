package dev.nudge.step;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import java.util.List;

/**
 * What a key does at a step: what the step asks of the tutor, given the state as the step sees it. It gets the key
 * too, for the bindings that take many keys (a typed character, a digit that picks a choice).
 */
@FunctionalInterface
public interface StepAction {
    StepUpdate apply(StepUpdate now, Key key);

    /** A binding of {@code keys} to {@code action}, explained in the help by the message {@code label}. */
    static KeyBinding<StepAction> bind(String label, StepAction action, KeyPattern... keys) {
        return KeyBinding.of(label, action, keys);
    }

    static KeyBinding<StepAction> bind(String label, StepAction action, List<KeyPattern> keys) {
        return KeyBinding.of(label, action, keys);
    }
}
