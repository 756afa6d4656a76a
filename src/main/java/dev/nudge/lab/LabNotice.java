package dev.nudge.lab;

import java.util.List;
import java.util.Objects;

/**
 * A one-line message the lab shows about the last key, as a message key and its arguments (the views translate it),
 * so that a refusal can say what went wrong: "not done: division by zero: P_0 is 0".
 *
 * @param key the message key
 * @param arguments the values the message shows
 */
public record LabNotice(String key, List<String> arguments) {
    public LabNotice {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static LabNotice of(String key, String... arguments) {
        return new LabNotice(key, List.of(arguments));
    }
}
