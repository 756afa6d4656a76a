package dev.nudge.step;

import dev.nudge.layout.Writing;
import dev.nudge.math.MathException;
import dev.nudge.progress.StoreMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-line message for the learner, such as "x does nothing here", kept as a message key and arguments so it is
 * shown in the current language. A message may quote others ({@code parts}, such as the math engine's reason an
 * answer does not read), which are put in the current language too, as the arguments after {@code arguments}.
 */
public record Notice(String messageKey, List<String> arguments, List<Notice> parts) {
    public Notice {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a notice needs a message key");
        }
        arguments = List.copyOf(arguments);
        parts = List.copyOf(parts);
    }

    public Notice(String messageKey, List<String> arguments) {
        this(messageKey, arguments, List.of());
    }

    public static Notice of(String messageKey, String... arguments) {
        return new Notice(messageKey, List.of(arguments));
    }

    /** The math engine's {@code problem}, to be said in the learner's language. */
    public static Notice of(MathException problem) {
        return new Notice(problem.reason().messageKey(), problem.arguments());
    }

    /** The progress store's {@code message}, to be said in the learner's language. */
    public static Notice of(StoreMessage message) {
        return new Notice(message.messageKey(), message.arguments(), message.parts().stream().map(Notice::of).toList());
    }

    /** The text in {@code d}'s language, with names drawn as the math engine draws them. */
    public String text(Writing d) {
        var all = new ArrayList<>(List.of(d.arguments(arguments)));
        parts.forEach(part -> all.add(part.text(d)));
        return d.text(messageKey, all.toArray());
    }
}
