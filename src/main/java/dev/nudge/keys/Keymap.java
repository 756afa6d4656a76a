package dev.nudge.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys of one mode, as an ordered list of bindings: a key goes to the first binding that matches it. A mode is
 * built on top of the keys that hold on the whole page and in the whole tutor by joining keymaps, so a key the mode
 * takes for itself shadows the same key further down, as the help shows.
 *
 * @param bindings in the order they are tried and listed
 * @param <A> the kind of action
 */
public record Keymap<A>(List<KeyBinding<A>> bindings) {
    public Keymap {
        bindings = List.copyOf(bindings);
    }

    @SafeVarargs
    public static <A> Keymap<A> of(KeyBinding<A>... bindings) {
        return new Keymap<>(List.of(bindings));
    }

    /** The binding that takes {@code key}: the first that matches it. */
    public Optional<KeyBinding<A>> lookup(Key key) {
        return bindings.stream().filter(binding -> binding.matches(key)).findFirst();
    }

    /** This keymap's bindings, then {@code more}'s: a mode on top of the keys that hold on every page. */
    public Keymap<A> then(Keymap<A> more) {
        var all = new ArrayList<>(bindings);
        all.addAll(more.bindings);
        return new Keymap<>(all);
    }
}
