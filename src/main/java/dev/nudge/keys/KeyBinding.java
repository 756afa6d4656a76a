package dev.nudge.keys;

import java.util.List;

/**
 * One entry of a keymap: the keys it answers to, the message key of its label in the help, and what it does. The
 * keys are declared here once; dispatch, the help panel and the documentation all read them from here.
 *
 * @param keys the keys, in the order the help shows them
 * @param label the message key of the line that explains the binding in the help
 * @param action what the binding does; its type is the mode's own (a tutor update, a lab input)
 * @param <A> the kind of action
 */
public record KeyBinding<A>(List<KeyPattern> keys, String label, A action) {
    public KeyBinding {
        keys = List.copyOf(keys);
        if (keys.isEmpty() || label == null || label.isBlank() || action == null) {
            throw new IllegalArgumentException("a binding needs keys, a label and an action");
        }
    }

    public static <A> KeyBinding<A> of(String label, A action, KeyPattern... keys) {
        return new KeyBinding<>(List.of(keys), label, action);
    }

    public static <A> KeyBinding<A> of(String label, A action, List<KeyPattern> keys) {
        return new KeyBinding<>(keys, label, action);
    }

    public boolean matches(Key key) {
        return keys.stream().anyMatch(pattern -> pattern.matches(key));
    }
}
