package dev.nudge.step;

import dev.nudge.keys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a line typed in the plain tutor means at a step: the keys it stands for, and a message to print first when
 * the line could not be read (such as how to type a guess).
 *
 * @param keys the keys, in order
 * @param message what to print, if anything
 */
public record PlainLine(List<Key> keys, Optional<String> message) {
    public PlainLine {
        keys = List.copyOf(keys);
    }

    /** Each character of {@code line} as a typed key: a command such as {@code o}, or text for a key to read. */
    public static PlainLine typed(String line) {
        var keys = new ArrayList<Key>();
        line.chars().forEach(c -> keys.add(Key.character((char) c)));
        return new PlainLine(keys, Optional.empty());
    }

    /** {@code line} as a whole answer: the field emptied, the line typed, Enter. */
    public static PlainLine answer(String line) {
        var keys = new ArrayList<Key>();
        keys.add(Key.ctrl('u'));
        keys.addAll(typed(line).keys());
        keys.add(Key.of(Key.Kind.ENTER));
        return new PlainLine(keys, Optional.empty());
    }
}
