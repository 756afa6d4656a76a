package dev.nudge.ssh;

import java.util.Map;

/**
 * Chooses a session's appearance from the environment its SSH client sent ({@code TERM} from the pty request,
 * {@code LANG} and {@code LC_*} when the client passes them on). The command line supplies it, so the server and the
 * local tutor read the environment by the same rules.
 */
@FunctionalInterface
public interface AppearanceRule {
    Appearance choose(Map<String, String> environment);
}
