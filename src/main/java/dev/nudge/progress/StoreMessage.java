package dev.nudge.progress;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the progress store tells a person about its file (which file, what happened, what to do), kept as a message
 * key ({@code store.}) and arguments rather than as text, so a learner reads it in their own language while the
 * command line and the server log write it in English. A message may quote others ({@code parts}, such as the reason
 * a file could not be opened), put in the same language as the arguments after {@code arguments}.
 */
public record StoreMessage(String messageKey, List<String> arguments, List<StoreMessage> parts) {
    public StoreMessage {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a store message needs a message key");
        }
        arguments = List.copyOf(arguments);
        parts = List.copyOf(parts);
    }

    public static StoreMessage of(String messageKey, String... arguments) {
        return new StoreMessage(messageKey, List.of(arguments), List.of());
    }

    /** A message whose last arguments are {@code parts}, each said in the same language. */
    public static StoreMessage quoting(String messageKey, List<String> arguments, StoreMessage... parts) {
        return new StoreMessage(messageKey, arguments, List.of(parts));
    }

    /** Words the system gave (the operating system's or SQLite's), which nudge has no translation of. */
    public static StoreMessage said(String words) {
        return of("store.said", words);
    }

    /** This message, then {@code next}, as one message (what happened, then what followed from it). */
    public StoreMessage then(StoreMessage next) {
        return quoting("store.then", List.of(), this, next);
    }

    /** The text in {@code language}. */
    public String text(Language language) {
        var all = new ArrayList<Object>(arguments);
        parts.forEach(part -> all.add(part.text(language)));
        return Messages.text(language, messageKey, all.toArray());
    }

    /** The text for the command line and the server log. */
    public String english() {
        return text(Language.EN);
    }
}
