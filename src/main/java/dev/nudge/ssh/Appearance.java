package dev.nudge.ssh;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.tui.view.ViewOptions;

/** The language and drawing style of one learner's session, chosen from what their SSH client sent. */
public record Appearance(Language language, ViewOptions options) {

    /** A text in the session's language. */
    String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }
}
