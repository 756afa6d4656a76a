package dev.nudge.step;

import java.util.List;

/**
 * A one-line message for the learner, such as "x does nothing here", kept as a message key and arguments so it is
 * shown in the current language.
 */
public record Notice(String messageKey, List<String> arguments) {
    public Notice {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a notice needs a message key");
        }
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String messageKey, String... arguments) {
        return new Notice(messageKey, List.of(arguments));
    }
}
