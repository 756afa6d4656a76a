package dev.nudge.ssh;

import java.util.Map;

/**
 * Which environment variables a client may hand the server, and how much of them: only those the tutor reads (the
 * locale, to choose language and drawing, the terminal type, and {@code NUDGE_SUBSCRIPTS} for a terminal that answers
 * the subscript probe wrongly), each short, and only a few. Everything else a client sends ({@code SendEnv},
 * {@code SetEnv}) is refused and never stored, so no connection can fill the memory every session shares with
 * variables nobody reads.
 */
final class ClientVariables {
    /** Longer names or values than this are no locale or terminal type anyone uses. */
    static final int LONGEST = 64;
    /** Variables stored per channel, counting the three a terminal request sets ({@code TERM}, {@code COLUMNS}, {@code LINES}). */
    static final int MOST = 16;

    private ClientVariables() {
    }

    /** Whether {@code name=value} may join {@code stored}, the variables the channel holds already. */
    static boolean accepts(String name, String value, Map<String, String> stored) {
        return isRead(name) && fits(name) && fits(value) && (stored.containsKey(name) || stored.size() < MOST);
    }

    /** Whether a terminal type sent with a pty request is short enough to keep. */
    static boolean acceptsTerminal(String term) {
        return fits(term);
    }

    private static boolean isRead(String name) {
        return name.equals("LANG") || name.equals("TERM") || name.startsWith("LC_") || name.equals("NUDGE_SUBSCRIPTS");
    }

    private static boolean fits(String text) {
        return text != null && text.length() <= LONGEST;
    }
}
