package dev.nudge.keys;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;

import java.util.List;

/** The keys with the same meaning on every page that has a "next" and a "back". */
public final class Keys {
    public static final List<KeyPattern> NEXT = List.of(named(Key.Kind.RIGHT), named(Key.Kind.ENTER), character(' '),
            character('n'));
    public static final List<KeyPattern> BACK = List.of(named(Key.Kind.LEFT), named(Key.Kind.BACKSPACE),
            character('p'));

    private Keys() {
    }

    public static boolean isNext(Key key) {
        return NEXT.stream().anyMatch(pattern -> pattern.matches(key));
    }

    public static boolean isBack(Key key) {
        return BACK.stream().anyMatch(pattern -> pattern.matches(key));
    }

    /** The digits {@code 1} to {@code count} (at most 9): the keys that pick one of {@code count} things. */
    public static KeyPattern firstDigits(int count) {
        return KeyPattern.range('1', (char) ('0' + Math.max(1, Math.min(9, count))));
    }
}
