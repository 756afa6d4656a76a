package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import java.io.PrintWriter;

/** Runs one tutor session in the terminal nudge was started from. */
@FunctionalInterface
public interface LocalSession {
    /**
     * Runs the session, full-screen or line by line ({@code plain}), keeping {@code who}'s progress, and returns the
     * process exit code.
     */
    int run(Language language, ViewOptions options, boolean plain, LearnerData who, PrintWriter err);
}
