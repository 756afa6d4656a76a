package dev.nudge.tutor;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;

import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import java.util.List;

/** The keys with the same meaning on every page that has a "next" and a "back". */
final class Keys {
    static final List<KeyPattern> NEXT = List.of(named(Key.Kind.RIGHT), named(Key.Kind.ENTER), character(' '),
            character('n'));
    static final List<KeyPattern> BACK = List.of(named(Key.Kind.LEFT), named(Key.Kind.BACKSPACE), character('p'));

    private Keys() {
    }

    /** The digits {@code 1} to {@code count} (at most 9): the keys that pick one of {@code count} things. */
    static KeyPattern firstDigits(int count) {
        return KeyPattern.range('1', (char) ('0' + Math.max(1, Math.min(9, count))));
    }
}
