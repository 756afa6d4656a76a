package dev.nudge.progress.jdbc;

/**
 * Text with U+0000 in it, as PostgreSQL can hold it: its {@code text} type refuses that one character, and a learner
 * may type it (Ctrl-@ in some terminals). Refused, a whole batch of the class's progress would fail again and again.
 * Text without it is kept as it is, so a person reading the table reads what was typed; text with it (or that starts
 * with the marker) gets the marker U+FFFF, a code point no keyboard types, with backslashes doubled and U+0000 as
 * {@code \0}.
 */
final class NulText {
    private static final char MARKER = '\uFFFF';

    private NulText() {
    }

    static String encode(String text) {
        if (text == null || (text.indexOf('\0') < 0 && (text.isEmpty() || text.charAt(0) != MARKER))) {
            return text;
        }
        return MARKER + text.replace("\\", "\\\\").replace("\0", "\\0");
    }

    static String decode(String stored) {
        if (stored == null || stored.isEmpty() || stored.charAt(0) != MARKER) {
            return stored;
        }
        var text = new StringBuilder(stored.length());
        for (int i = 1; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                char next = stored.charAt(++i);
                text.append(next == '0' ? '\0' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
