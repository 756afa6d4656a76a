package dev.nudge.lab;

import dev.nudge.math.MathException;
import java.util.List;
import java.util.Objects;

/**
 * A one-line message the lab shows about the last key, as a message key and its arguments (the views translate it),
 * so that a refusal can say what went wrong: "not done: division by zero: P_0 is 0". A message may quote others
 * ({@code parts}, such as the math engine's reason), put in the same language as the arguments after
 * {@code arguments}.
 *
 * @param key the message key
 * @param arguments the values the message shows
 * @param parts the messages it quotes
 */
public record LabNotice(String key, List<String> arguments, List<LabNotice> parts) {
    public LabNotice {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        parts = List.copyOf(parts);
    }

    public LabNotice(String key, List<String> arguments) {
        this(key, arguments, List.of());
    }

    public static LabNotice of(String key, String... arguments) {
        return new LabNotice(key, List.of(arguments));
    }

    /** {@code key}'s message quoting the math engine's {@code problem}, each said in the learner's language. */
    public static LabNotice quoting(String key, MathException problem) {
        var reason = new LabNotice(problem.reason().messageKey(), problem.arguments());
        return new LabNotice(key, List.of(), List.of(reason));
    }
}
